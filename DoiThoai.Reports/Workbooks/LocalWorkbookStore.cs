using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// A local .xlsx as a store: reads stream from the file (shared, so Excel may keep it open for reading); a write
/// holds the workbook (<see cref="LocalWorkbookLock"/>), refuses while Excel or LibreOffice has it open, re-reads
/// the rows inside the hold and replaces the file once (<see cref="LocalWorkbookWriter.Commit"/>). Thread-safe.
/// </summary>
public sealed class LocalWorkbookStore : IWorkbookStore
{
    /// <summary>How long a write waits for another one to finish before giving up with a message.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(15);

    private readonly TimeSpan _lockWait;

    /// <param name="path">The workbook file.</param>
    /// <param name="lockWait">How long a write waits for another; null: <see cref="DefaultLockWait"/>.</param>
    public LocalWorkbookStore(string path, TimeSpan? lockWait = null)
    {
        Path = System.IO.Path.GetFullPath(path);
        _lockWait = lockWait ?? DefaultLockWait;
        Source = new LocalWorkbookSource(Path);
    }

    public string Path { get; }

    public string Description => Path;

    public IWorkbookSource Source { get; }

    public Task<string?> VersionAsync(CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(Path);
        return Task.FromResult<string?>(file.Exists ? $"{file.LastWriteTimeUtc.Ticks:x}-{file.Length:x}" : null);
    }

    public async Task<IWorkbookTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path))
        {
            throw new WorkbookAccessException(WorkbookMessages.FileNotFound(Path), code: ErrorCodes.WorkbookNotFound);
        }

        var held = await LocalWorkbookLock.AcquireAsync(Path, _lockWait, cancellationToken);
        if (EditorOwnerFiles.Find(Path) is { } owner)
        {
            held.Dispose();
            throw new WorkbookAccessException(WorkbookMessages.OpenInEditor(Path, owner), code: ErrorCodes.WorkbookOpenInEditor);
        }

        return new Transaction(this, held);
    }

    private sealed class Transaction(LocalWorkbookStore store, LocalWorkbookLock held) : IWorkbookTransaction
    {
        private bool _committed;

        public IWorkbookSource Source { get; } = new LocalWorkbookSource(store.Path);

        public Task<WriteBackResult> CommitAsync(WriteBatch batch, CancellationToken cancellationToken = default)
        {
            if (_committed)
            {
                throw new InvalidOperationException("A transaction commits once.");
            }

            _committed = true;
            return Task.FromResult(new LocalWorkbookWriter(store.Path).Commit(batch, cancellationToken));
        }

        public ValueTask DisposeAsync()
        {
            held.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
