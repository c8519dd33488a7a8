using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// How user text is written through Graph so that Excel keeps it as text. Graph treats a written value like typed
/// input: <c>=…</c>, <c>+…</c>, <c>-…</c>, <c>@…</c> become formulas, <c>0123</c> a number, <c>1/10</c> a date,
/// <c>TRUE</c> a boolean. A leading apostrophe makes Excel store exactly what follows as text and show it without
/// the apostrophe, so every text value gets one (not only risky ones: the other conversions lose data too).
/// Setting the number format to <c>@</c> instead would need a second request per cell and change the sheet's formatting.
/// </summary>
internal static class ExcelText
{
    /// <summary>What to send for <paramref name="text"/>: cleaned as every writer cleans user text, behind an apostrophe.</summary>
    public static string Literal(string text) => "'" + UntrustedText.Clean(text);
}
