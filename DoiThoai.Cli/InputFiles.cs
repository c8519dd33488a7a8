using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Cli;

/// <summary>Reads the small input files a command names (a template, a filled minutes document) with Vietnamese errors and a size bound.</summary>
internal static class InputFiles
{
    /// <summary>No Word file the school writes comes near this; a bigger one is refused before it is read.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>The whole file, after checking it is an ordinary file of a sane size (a FIFO or a device is never waited on).</summary>
    public static byte[] ReadAll(FileInfo file, string option)
    {
        if (!file.Exists)
        {
            throw new UserInputException($"không tìm thấy tệp '{file.FullName}' ({option}).");
        }

        // A pipe or a device reports no length; a Word file is never empty.
        if (file.Length == 0)
        {
            throw new UserInputException($"'{file.FullName}' ({option}) trống hoặc không phải tệp thường.");
        }

        if (file.Length > MaxBytes)
        {
            throw new UserInputException($"'{file.FullName}' ({option}) lớn quá {MaxBytes / 1024 / 1024} MB, không phải văn bản Word thông thường.");
        }

        try
        {
            return File.ReadAllBytes(file.FullName);
        }
        catch (Exception ex) when (FileErrors.Describe(ex) is { } reason)
        {
            throw new UserInputException($"không đọc được tệp '{file.FullName}' ({option}): {reason}");
        }
    }
}
