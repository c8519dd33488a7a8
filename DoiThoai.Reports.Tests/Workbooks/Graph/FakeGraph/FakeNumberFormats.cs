namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>The fake's own (deliberately simple) idea of a date format, for the <c>text</c> array only.</summary>
internal static class FakeNumberFormats
{
    public static bool IsDate(string format) => format.Contains("yy", StringComparison.OrdinalIgnoreCase) || format.Contains("dd", StringComparison.OrdinalIgnoreCase);
}
