using System.Collections.Concurrent;
using System.Diagnostics;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The exclusive hold on a local workbook for one write: a semaphore for writers in this process and a lock file
/// beside the workbook (<c>.so.xlsx.doithoai-lock</c>, hidden on Windows) opened without sharing, which every DoiThoai
/// process (the CLI, the add-in host) respects. The operating system lets go of the file when its holder ends, even
/// when it is killed, so a crash never leaves the workbook locked. The lock file stays between writes: deleting it
/// would let a waiter and a newcomer lock two different files. While held, temporary copies left by a killed writer
/// are removed; only a holder makes them, so every one found then is a leftover.
/// </summary>
internal sealed class LocalWorkbookLock : IDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InProcess = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly SemaphoreSlim _turn;
    private FileStream? _file;

    private LocalWorkbookLock(SemaphoreSlim turn, FileStream file)
    {
        _turn = turn;
        _file = file;
    }

    /// <summary>The lock file's name beside <paramref name="workbookPath"/>.</summary>
    public static string LockFileOf(string workbookPath) =>
        Path.Combine(FolderOf(workbookPath), $".{Path.GetFileName(workbookPath)}.doithoai-lock");

    /// <summary>A new name for a temporary copy beside <paramref name="workbookPath"/>, matching <see cref="TemporaryPattern"/>.</summary>
    public static string TemporaryFileOf(string workbookPath) =>
        Path.Combine(FolderOf(workbookPath), $".{Path.GetFileName(workbookPath)}.{Guid.NewGuid():N}.tmp");

    /// <summary>The pattern of the temporary copies a writer makes beside <paramref name="workbookPath"/>.</summary>
    public static string TemporaryPattern(string workbookPath) => $".{Path.GetFileName(workbookPath)}.*.tmp";

    /// <summary>Waits at most <paramref name="wait"/> for the workbook, then holds it.</summary>
    /// <exception cref="WorkbookAccessException">Another write did not finish in time, or the folder cannot hold a lock file.</exception>
    public static async Task<LocalWorkbookLock> AcquireAsync(string workbookPath, TimeSpan wait, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(workbookPath);
        var turn = InProcess.GetOrAdd(full, _ => new SemaphoreSlim(1, 1));
        var clock = Stopwatch.StartNew();
        if (!await turn.WaitAsync(wait, cancellationToken))
        {
            throw new WorkbookAccessException(WorkbookMessages.Busy(full), code: ErrorCodes.WorkbookBusy);
        }

        try
        {
            while (true)
            {
                if (TryHold(full, turn, clock.Elapsed >= wait) is { } held)
                {
                    return held;
                }

                // Another process writes this workbook now: wait for it, within the bound.
                await Task.Delay(Poll, cancellationToken);
            }
        }
        catch
        {
            turn.Release();
            throw;
        }
    }

    /// <summary>The same hold, waited for on this thread (for callers without an async path, such as creating a workbook).</summary>
    public static LocalWorkbookLock Acquire(string workbookPath, TimeSpan wait)
    {
        var full = Path.GetFullPath(workbookPath);
        var turn = InProcess.GetOrAdd(full, _ => new SemaphoreSlim(1, 1));
        var clock = Stopwatch.StartNew();
        if (!turn.Wait(wait))
        {
            throw new WorkbookAccessException(WorkbookMessages.Busy(full), code: ErrorCodes.WorkbookBusy);
        }

        try
        {
            while (true)
            {
                if (TryHold(full, turn, clock.Elapsed >= wait) is { } held)
                {
                    return held;
                }

                Thread.Sleep(Poll);
            }
        }
        catch
        {
            turn.Release();
            throw;
        }
    }

    public void Dispose()
    {
        if (_file is null)
        {
            return;
        }

        _file.Dispose();
        _file = null;
        _turn.Release();
    }

    // Null while another process holds the lock file and there is time left to wait.
    private static LocalWorkbookLock? TryHold(string workbookPath, SemaphoreSlim turn, bool lastTry)
    {
        var lockFile = LockFileOf(workbookPath);
        FileStream stream;
        try
        {
            // FileShare.None: a sharing violation on Windows, an exclusive flock on Linux and macOS.
            stream = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException ex) when (!lastTry && ex is not (DirectoryNotFoundException or PathTooLongException))
        {
            return null;
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new WorkbookAccessException(WorkbookMessages.FileNotFound(workbookPath), ex, ErrorCodes.WorkbookNotFound);
        }
        catch (IOException ex)
        {
            throw new WorkbookAccessException(WorkbookMessages.Busy(workbookPath), ex, ErrorCodes.WorkbookBusy);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new WorkbookAccessException(WorkbookMessages.FolderNotWritable(workbookPath), ex);
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                // Hidden, as Office hides its owner files: the teachers see only the workbook.
                File.SetAttributes(lockFile, File.GetAttributes(lockFile) | FileAttributes.Hidden);
            }

            RemoveLeftovers(workbookPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Tidying is not worth failing a write for; the next holder tries again.
        }

        return new LocalWorkbookLock(turn, stream);
    }

    private static void RemoveLeftovers(string workbookPath)
    {
        foreach (var leftover in Directory.EnumerateFiles(FolderOf(workbookPath), TemporaryPattern(workbookPath)))
        {
            try
            {
                File.Delete(leftover);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Still open somewhere (a virus scanner): the next holder removes it.
            }
        }
    }

    private static string FolderOf(string workbookPath) => Path.GetDirectoryName(Path.GetFullPath(workbookPath))!;
}
