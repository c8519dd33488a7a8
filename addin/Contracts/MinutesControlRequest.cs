namespace DoiThoai.Addin.Contracts;

/// <summary>A content control of the open minutes, as Word's API gives it (<c>tag</c>, <c>title</c>, <c>text</c>).</summary>
public sealed record MinutesControlRequest(string? Tag, string? Title, string? Text);
