using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// A generated document as a download: rendered once, a copy kept in the data folder, sent as a Word file with
/// <c>Content-Disposition: attachment</c> (an ASCII <c>filename</c> and a UTF-8 <c>filename*</c>).
/// </summary>
public static class WordFile
{
    /// <summary>The media type of a .docx.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static FileContentHttpResult From(PreparedDocument document, SchoolWorkspace workspace, DocumentArchive archive)
    {
        var bytes = workspace.Render(document.Document);
        archive.Keep(document.FileName, bytes);
        return TypedResults.File(bytes, ContentType, document.FileName);
    }
}
