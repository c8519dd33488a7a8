namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>
/// A cell of the fake worksheet: its value as Graph reports it in <c>values</c> (string, double, bool; errors are
/// strings like <c>#N/A</c>), whether a formula produced it, and whether it was entered with a leading apostrophe.
/// </summary>
public sealed record FakeCell(object Value, string? Formula = null, bool QuotePrefix = false)
{
    public static FakeCell Text(string text) => new(text);

    public static FakeCell Number(double number) => new(number);
}
