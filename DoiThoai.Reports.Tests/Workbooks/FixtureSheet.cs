namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>One sheet of a hand-written fixture: its name, the XML inside &lt;worksheet&gt;, and an optional table.</summary>
internal sealed record FixtureSheet(string Name, string Body, string? TableName = null);
