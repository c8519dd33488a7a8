using DoiThoai.Reports;
using DoiThoai.Reports.Workspace;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Keeps a copy of every document the host generates in the data folder's <c>van-ban/</c>, under the document's own
/// name (<c>bien-ban-2022-10-day.docx</c>), then <c>-2</c>, <c>-3</c>… : never over an existing file (it may be minutes
/// a secretary filled there) nor over an input. A copy that cannot be written is logged; the download still goes out.
/// The name comes from the document (a session id or month checked against the calendar), never from a request.
/// </summary>
public sealed partial class DocumentArchive(WorkspaceFiles files, ILogger<DocumentArchive> logger)
{
    /// <summary>How many copies of one name are kept before the archive stops adding more (and says so).</summary>
    public const int MaxCopies = 99;

    /// <summary>Writes a copy of <paramref name="bytes"/>; returns where, or null when none was written.</summary>
    public string? Keep(string fileName, byte[] bytes)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        for (var n = 1; n <= MaxCopies; n++)
        {
            var candidate = Path.Combine(files.DocumentsDirectory, n == 1 ? fileName : $"{stem}-{n}{extension}");
            if (File.Exists(candidate))
            {
                continue;
            }

            try
            {
                var written = DocumentFiles.Save(bytes, candidate, overwrite: false, files.Inputs);
                LogKept(logger, HostTexts.DocumentKept(written));
                return written;
            }
            catch (DoiThoaiException ex) when (ex.Code == ErrorCodes.OutputExists)
            {
                // Another request took this name a moment ago: the next one.
            }
            catch (DoiThoaiException ex)
            {
                LogNotKept(logger, HostTexts.DocumentNotKept(ex.Message));
                return null;
            }
        }

        LogNotKept(logger, HostTexts.DocumentNotKept($"đã có {MaxCopies} bản '{fileName}' trong {files.DocumentsDirectory}"));
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Text}")]
    private static partial void LogKept(ILogger logger, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Text}")]
    private static partial void LogNotKept(ILogger logger, string text);
}
