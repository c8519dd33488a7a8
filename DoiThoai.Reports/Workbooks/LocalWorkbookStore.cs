using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// A local .xlsx as a store: reads stream from the file (shared, so Excel may keep it open for reading); a write
/// holds the workbook (<see cref="LocalWorkbookLock"/>, waiting at most <see cref="DefaultLockWait"/> for another),
/// refuses while Excel or LibreOffice has it open (<see cref="EditorOwnerFiles"/>), re-reads the rows inside the hold
/// and replaces the file once (<see cref="LocalWorkbookWriter"/>). Thread-safe: the add-in host runs many
/// transactions at once and they queue. A path that is a symbolic link is written through to the file it names.
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
        Path = Resolve(path);
        _lockWait = lockWait ?? DefaultLockWait;
        Source = new LocalWorkbookSource(Path);
    }

    public string Path { get; }

    public string Description => Path;

    public IWorkbookSource Source { get; }

    public Task<string?> VersionAsync(CancellationToken cancellationToken = default) => Task.FromResult(VersionOf(Path));

    /// <summary>The file's time and size, which every save changes; null when there is no file.</summary>
    internal static string? VersionOf(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? $"{file.LastWriteTimeUtc.Ticks:x}-{file.Length:x}" : null;
    }

    public async Task<IWorkbookTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path))
        {
            throw new WorkbookAccessException(WorkbookMessages.FileNotFound(Path), code: ErrorCodes.WorkbookNotFound);
        }

        var held = await LocalWorkbookLock.AcquireAsync(Path, _lockWait, cancellationToken);
        try
        {
            RefuseWhileInEditor(Path);
        }
        catch
        {
            held.Dispose();
            throw;
        }

        return new Transaction(this, held);
    }

    /// <summary>
    /// Writes a new workbook at <paramref name="path"/> with <paramref name="write"/>, holding it as a write does: a
    /// workbook being written or open in an editor is not replaced; the new one is written beside it, flushed to disk
    /// and moved into place, so a failure leaves the old one (or none) and never half a workbook.
    /// </summary>
    /// <returns>The full path written.</returns>
    /// <exception cref="WorkbookAccessException">Busy, open in an editor, or (without <paramref name="overwrite"/>) already there.</exception>
    public static string Create(string path, bool overwrite, Action<Stream> write, TimeSpan? lockWait = null)
    {
        var full = Resolve(path);
        using var held = LocalWorkbookLock.Acquire(full, lockWait ?? DefaultLockWait);
        if (File.Exists(full))
        {
            if (!overwrite)
            {
                throw new WorkbookAccessException(WorkbookMessages.AlreadyExists(full), code: ErrorCodes.OutputExists);
            }

            RefuseWhileInEditor(full);
        }

        var temporary = LocalWorkbookLock.TemporaryFileOf(full);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            DurableFile.Replace(temporary, full);
            return full;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void RefuseWhileInEditor(string path)
    {
        if (EditorOwnerFiles.Find(path) is { } owner)
        {
            throw new WorkbookAccessException(WorkbookMessages.OpenInEditor(path, owner), code: ErrorCodes.WorkbookOpenInEditor);
        }
    }

    // Renaming over a symbolic link would replace the link, not the workbook it points to.
    private static string Resolve(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
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
