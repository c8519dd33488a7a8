using System.Collections.Concurrent;
using System.Diagnostics;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The exclusive hold on a local workbook for one write: a semaphore for writers in this process and a lock file
/// beside the workbook (<c>.so.xlsx.doithoai-lock</c>) opened without sharing, which every DoiThoai process
/// (the CLI, the add-in host) respects. The lock file stays between writes: deleting it would let a waiter and a
/// newcomer lock two different files. While held, temporary copies left by a killed writer are removed.
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
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(workbookPath))!, $".{Path.GetFileName(workbookPath)}.doithoai-lock");

    /// <summary>The pattern of the temporary copies a writer makes beside <paramref name="workbookPath"/>.</summary>
    public static string TemporaryPattern(string workbookPath) => $".{Path.GetFileName(workbookPath)}.*.tmp";

    /// <summary>Waits at most <paramref name="wait"/> for the workbook, then holds it.</summary>
    /// <exception cref="Submissions.Sheets.WorkbookAccessException">Another write did not finish in time, or the folder cannot hold a lock file.</exception>
    public static async Task<LocalWorkbookLock> AcquireAsync(string workbookPath, TimeSpan wait, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(workbookPath);
        var turn = InProcess.GetOrAdd(full, _ => new SemaphoreSlim(1, 1));
        var clock = Stopwatch.StartNew();
        if (!await turn.WaitAsync(wait, cancellationToken))
        {
            throw new Submissions.Sheets.WorkbookAccessException(WorkbookMessages.Busy(full), code: ErrorCodes.WorkbookBusy);
        }

        try
        {
            var lockFile = LockFileOf(full);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var stream = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                    if (OperatingSystem.IsWindows())
                    {
                        File.SetAttributes(lockFile, File.GetAttributes(lockFile) | FileAttributes.Hidden);
                    }

                    var held = new LocalWorkbookLock(turn, stream);
                    held.RemoveLeftovers(full);
                    return held;
                }
                catch (IOException) when (clock.Elapsed < wait)
                {
                    // Another process writes this workbook now: wait for it, within the bound.
                    await Task.Delay(Poll, cancellationToken);
                }
                catch (IOException ex)
                {
                    throw new Submissions.Sheets.WorkbookAccessException(WorkbookMessages.Busy(full), ex, ErrorCodes.WorkbookBusy);
                }
                catch (UnauthorizedAccessException ex)
                {
                    throw new Submissions.Sheets.WorkbookAccessException(WorkbookMessages.FolderNotWritable(full), ex);
                }
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

    // Only a lock holder makes temporary copies, so any copy found now was left by a writer that was killed.
    private void RemoveLeftovers(string workbookPath)
    {
        var folder = Path.GetDirectoryName(workbookPath)!;
        foreach (var leftover in Directory.EnumerateFiles(folder, TemporaryPattern(workbookPath)))
        {
            try
            {
                File.Delete(leftover);
            }
            catch (IOException)
            {
                // Still open somewhere: the next holder removes it.
            }
        }
    }
}
