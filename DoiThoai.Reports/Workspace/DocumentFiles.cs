using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Workspace;

/// <summary>
/// Writes generated documents to files where a person asked: never over one of the task's inputs (the workbook,
/// the template, the minutes being read, the profile), never over an existing file unless asked to, never half a
/// file (a copy beside it, renamed into place). Every failure is a Vietnamese message.
/// </summary>
public static class DocumentFiles
{
    /// <summary>The extension every document we write carries.</summary>
    public const string Extension = ".docx";

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> and returns the full path written.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="path">Where to write.</param>
    /// <param name="overwrite">Replace an existing document (never an input).</param>
    /// <param name="inputs">Files the task reads, which an output may never replace.</param>
    /// <exception cref="DoiThoaiException">The path is empty, an input, exists, is not a .docx name, or cannot be written.</exception>
    public static string Save(byte[] bytes, string path, bool overwrite, IEnumerable<string?> inputs)
    {
        var full = Check(path, overwrite, inputs);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite);
            return full;
        }
        catch (Exception ex) when (FileErrors.Describe(ex) is { } reason)
        {
            throw new DoiThoaiException(ex is IOException && File.Exists(full) && !overwrite ? ErrorCodes.OutputExists : ErrorCodes.OutputUnwritable,
                $"Không ghi được tệp '{full}': {reason}", ex);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Checks an output path before any work is done, and returns it in full.</summary>
    /// <exception cref="DoiThoaiException">As <see cref="Save"/>.</exception>
    public static string Check(string path, bool overwrite, IEnumerable<string?> inputs)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new DoiThoaiException(ErrorCodes.BadInput, "Đường dẫn tệp kết quả còn trống.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path.Trim());
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new DoiThoaiException(ErrorCodes.BadInput, $"Đường dẫn tệp kết quả '{path}' không hợp lệ.", ex);
        }

        if (Directory.Exists(full))
        {
            throw new DoiThoaiException(ErrorCodes.BadInput, $"'{full}' là một thư mục; cần tên tệp {Extension}.");
        }

        if (!full.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            throw new DoiThoaiException(ErrorCodes.BadInput, $"Tệp kết quả '{full}' phải có đuôi {Extension} (văn bản Word).");
        }

        var target = Resolve(full);
        foreach (var input in inputs)
        {
            if (input is not null && SameFile(target, Resolve(Path.GetFullPath(input))))
            {
                throw new DoiThoaiException(ErrorCodes.OutputIsInput, $"Tệp kết quả '{full}' là một tệp đầu vào của lệnh này ('{input}'); chọn tên khác để không ghi đè lên nó.");
            }
        }

        if (File.Exists(full) && !overwrite)
        {
            throw new DoiThoaiException(ErrorCodes.OutputExists, $"Tệp '{full}' đã có; chọn tên khác, hoặc thêm --force để ghi đè (nếu đó là biên bản thư ký đã điền, câu trả lời trong đó sẽ mất).");
        }

        return full;
    }

    private static string Resolve(string full)
    {
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static bool SameFile(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next write removes leftovers of its own name only, so say nothing more here.
        }
    }
}
