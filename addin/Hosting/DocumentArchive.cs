using DoiThoai.Addin.Apis;
using DoiThoai.Addin.Microsoft365;
using DoiThoai.Reports;
using DoiThoai.Reports.Documents.Storage;
using DoiThoai.Reports.Microsoft365;
using DoiThoai.Reports.Workspace;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Keeps a copy of every document the host generates in the data folder's <c>van-ban/</c>, under the document's own
/// name (<c>bien-ban-2022-10-day.docx</c>), then <c>-2</c>, <c>-3</c>… : never over an existing file (it may be minutes
/// a secretary filled there) nor over an input. A copy that cannot be written is logged; the download still goes out.
/// The name comes from the document (a session id or month checked against the calendar), never from a request.
/// In Microsoft 365 mode with a documents folder (<see cref="DocumentsFolderSetting"/>) the document is also saved there.
/// </summary>
public sealed partial class DocumentArchive(WorkspaceFiles files, IUserGraph userGraph, IConfiguration configuration, ILogger<DocumentArchive> logger)
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

    /// <summary>
    /// Keeps the copy in the data folder and, in Microsoft 365 mode with a documents folder configured, saves the
    /// document there in the signed-in person's name, under the same name: a document made again replaces DoiThoai's own
    /// earlier file, never a file named otherwise (a signed copy). A save that fails is logged and given back as a
    /// warning, and the document is served all the same; Microsoft 365 asking for consent or MFA is not hidden: it goes
    /// to the page, which asks the person.
    /// </summary>
    public async Task<DocumentSave> KeepAsync(string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        Keep(fileName, bytes);
        if (!userGraph.IsAvailable || DocumentsFolderSetting.From(configuration) is not { } folder)
        {
            return DocumentSave.NotAsked;
        }

        try
        {
            var saved = await new GraphDocumentStore(userGraph.ForCurrentUser(), folder).SaveAsync(fileName, bytes, cancellationToken);
            LogKept(logger, HostTexts.DocumentSavedToDrive(saved.WebUrl ?? saved.Name));
            return new DocumentSave(saved, null);
        }
        catch (DoiThoaiException ex) when (ex is not ConsentRequiredException)
        {
            LogNotKept(logger, ex.Message);
            return new DocumentSave(null, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Text}")]
    private static partial void LogKept(ILogger logger, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Text}")]
    private static partial void LogNotKept(ILogger logger, string text);
}

/// <summary>What became of a document's save to the Microsoft 365 folder: where it is, or why it is not there.</summary>
public sealed record DocumentSave(StoredDocument? Saved, string? Warning)
{
    /// <summary>No folder is configured, or the host runs on the embedded default.</summary>
    public static DocumentSave NotAsked { get; } = new(null, null);
}
