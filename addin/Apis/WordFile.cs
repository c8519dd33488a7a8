using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// A generated document as a download: rendered once, a copy kept in the data folder (and saved in the Microsoft 365
/// documents folder when one is configured), sent as a Word file with
/// <c>Content-Disposition: attachment</c> (an ASCII <c>filename</c> and a UTF-8 <c>filename*</c>).
/// </summary>
public static class WordFile
{
    /// <summary>The media type of a .docx.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The response header naming where the document was also saved in Microsoft 365 (its web address).</summary>
    public const string SavedToHeader = "X-DoiThoai-Saved-To";

    /// <summary>Renders <paramref name="document"/>, keeps it (<see cref="DocumentArchive.KeepAsync"/>) and answers it as a download.</summary>
    public static async Task<FileContentHttpResult> FromAsync(PreparedDocument document, SchoolWorkspace workspace, DocumentArchive archive, HttpResponse response, CancellationToken cancellationToken)
    {
        var bytes = workspace.Render(document.Document);
        var save = await archive.KeepAsync(document.FileName, bytes, cancellationToken);
        NameSavedCopy(response, save);
        return TypedResults.File(bytes, ContentType, document.FileName);
    }

    /// <summary>Adds <see cref="SavedToHeader"/> when the document was saved in Microsoft 365.</summary>
    public static void NameSavedCopy(HttpResponse response, DocumentSave save)
    {
        // AbsoluteUri percent-encodes a Vietnamese folder name: header values are ASCII.
        if (save.Saved?.WebUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            response.Headers[SavedToHeader] = uri.AbsoluteUri;
        }
    }
}
