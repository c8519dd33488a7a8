using System.Runtime.CompilerServices;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>A fake source: rows held in memory, as a Graph or local source would deliver them.</summary>
internal sealed class InMemoryWorkbookSource(IReadOnlyList<SheetRow> rows, string sheetName = WorkbookLayout.SubmissionsSheet) : IWorkbookSource
{
    public string Description => "bộ nhớ";

    public string SheetName => sheetName;

    public async IAsyncEnumerable<SheetRow> ReadSubmissionRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }
}
