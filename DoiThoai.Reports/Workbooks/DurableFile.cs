using System.Runtime.InteropServices;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Puts a finished file in place of another so that a crash or a power cut leaves one of the two, whole: the new
/// file's bytes are on disk before the rename (<see cref="FileStream.Flush(bool)"/>: fsync on Linux and macOS,
/// FlushFileBuffers on Windows), the rename replaces the old name in one step, and on Linux and macOS the folder is
/// flushed after it so the rename itself survives. A rename refused for a moment (an antivirus or a reader holding
/// the old file on Windows) is tried again for about a second.
/// </summary>
internal static class DurableFile
{
    private const int Attempts = 10;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>Replaces <paramref name="target"/> with <paramref name="finished"/> (already flushed to disk by its writer).</summary>
    /// <exception cref="IOException">The target stayed locked.</exception>
    public static void Replace(string finished, string target)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                File.Move(finished, target, overwrite: true);
                break;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && attempt < Attempts && File.Exists(finished))
            {
                Thread.Sleep(Pause);
            }
        }

        FlushFolder(Path.GetDirectoryName(Path.GetFullPath(target))!);
    }

    // Windows journals the rename with the folder; on Unix the folder's entry is only durable once the folder is synced.
    private static void FlushFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Unix.open(folder, 0);
        if (descriptor < 0)
        {
            return;
        }

        // Some file systems (network shares) refuse to sync a folder; the file itself is on disk already.
        _ = Unix.fsync(descriptor);
        _ = Unix.close(descriptor);
    }

    private static class Unix
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int fsync(int descriptor);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int close(int descriptor);
    }
}
