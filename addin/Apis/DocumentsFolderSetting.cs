using DoiThoai.Reports.Documents.Storage;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// Where generated documents are also saved in Microsoft 365 mode: <c>DoiThoai:Documents:Drive</c> with
/// <c>DoiThoai:Documents:Folder</c> (a path in that drive, e.g. <c>DoiThoai/Văn bản 2022-2023</c>) or
/// <c>DoiThoai:Documents:FolderId</c> (the folder's item id). None configured: documents are only kept in the data folder.
/// </summary>
public static class DocumentsFolderSetting
{
    public const string Section = "DoiThoai:Documents";

    /// <summary>The configured folder, or null when none is.</summary>
    /// <exception cref="Reports.DoiThoaiException"><c>BAD_INPUT</c> for a folder path with an empty segment.</exception>
    public static GraphDocumentFolder? From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var drive = section["Drive"];
        if (string.IsNullOrWhiteSpace(drive))
        {
            return null;
        }

        return section["FolderId"] is { Length: > 0 } id
            ? GraphDocumentFolder.ById(drive, id)
            : GraphDocumentFolder.ByPath(drive, section["Folder"] ?? "");
    }
}
