using System.Runtime.CompilerServices;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>A store around another that counts how often the workbook's rows are read outside a transaction.</summary>
internal sealed class CountingWorkbookStore(IWorkbookStore inner) : IWorkbookStore
{
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public string Description => inner.Description;

    public IWorkbookSource Source => new CountingSource(this, inner.Source);

    public Task<string?> VersionAsync(CancellationToken cancellationToken = default) => inner.VersionAsync(cancellationToken);

    public Task<IWorkbookTransaction> BeginAsync(CancellationToken cancellationToken = default) => inner.BeginAsync(cancellationToken);

    private sealed class CountingSource(CountingWorkbookStore store, IWorkbookSource source) : IWorkbookSource
    {
        public string Description => source.Description;

        public string SheetName => source.SheetName;

        public async IAsyncEnumerable<SheetRow> ReadSubmissionRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref store._reads);
            await foreach (var row in source.ReadSubmissionRowsAsync(cancellationToken))
            {
                yield return row;
            }
        }
    }
}
