namespace DoiThoai.Reports.Documents.Official;

/// <summary>A piece of a paragraph: text (<see cref="TextSpan"/>) or an inline content control (<see cref="ControlSpan"/>).</summary>
public abstract record Inline;
