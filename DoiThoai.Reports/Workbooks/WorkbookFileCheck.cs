using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// What is checked of a workbook path before it is opened: that it is an ordinary file of a sane size. Opening a FIFO
/// waits for a writer that may never come and a device (<c>/dev/zero</c>) never ends, so neither is opened at all;
/// both report no length, as an empty file does, which cannot be an .xlsx either.
/// </summary>
internal static class WorkbookFileCheck
{
    /// <exception cref="WorkbookAccessException">Missing, a folder, empty or not an ordinary file, or too large.</exception>
    public static void RequireOrdinaryFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new WorkbookAccessException(WorkbookMessages.IsFolder(path), code: ErrorCodes.WorkbookInvalid);
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new WorkbookAccessException(WorkbookMessages.FileNotFound(path), code: ErrorCodes.WorkbookNotFound);
        }

        if (file.Length == 0)
        {
            throw new WorkbookAccessException(WorkbookMessages.NotOrdinaryFile(path), code: ErrorCodes.WorkbookInvalid);
        }

        if (file.Length > WorkbookLimits.MaxFileBytes)
        {
            throw new WorkbookAccessException(WorkbookMessages.FileTooLarge(path, file.Length), code: ErrorCodes.WorkbookInvalid);
        }
    }
}
