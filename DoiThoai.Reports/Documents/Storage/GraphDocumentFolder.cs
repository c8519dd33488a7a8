namespace DoiThoai.Reports.Documents.Storage;

/// <summary>
/// The OneDrive/SharePoint folder generated documents are saved in: a drive and, in it, the folder by path
/// (<c>DoiThoai/Văn bản 2022-2023</c>) or by item id. Immutable; build it with <see cref="ByPath"/> or <see cref="ById"/>.
/// </summary>
public sealed record GraphDocumentFolder
{
    private GraphDocumentFolder(string driveId, string? folderPath, string? folderItemId)
    {
        DriveId = driveId;
        FolderPath = folderPath;
        FolderItemId = folderItemId;
    }

    /// <summary>The drive (<c>parentReference.driveId</c> in Graph Explorer).</summary>
    public string DriveId { get; }

    /// <summary>The folder's path from the drive's root, without leading or trailing slashes; empty for the root; null when given by id.</summary>
    public string? FolderPath { get; }

    /// <summary>The folder's item id, or null when given by path.</summary>
    public string? FolderItemId { get; }

    /// <summary>For messages: the path, or the ids.</summary>
    public string Description => FolderPath is { } path ? (path.Length == 0 ? "/" : path) : $"{DriveId}/{FolderItemId}";

    /// <summary>A folder by its path in the drive (<c>""</c> or <c>"/"</c> for the root).</summary>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.BadInput"/> for an empty drive id or a path with an empty segment.</exception>
    public static GraphDocumentFolder ByPath(string driveId, string folderPath)
    {
        var path = folderPath.Trim().Trim('/');
        if (path.Length > 0 && path.Split('/').Any(s => s.Trim().Length == 0))
        {
            throw new DoiThoaiException(ErrorCodes.BadInput, StorageMessages.BadFolderPath(folderPath));
        }

        return new GraphDocumentFolder(Drive(driveId), path, null);
    }

    /// <summary>A folder by its item id.</summary>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.BadInput"/> for an empty id.</exception>
    public static GraphDocumentFolder ById(string driveId, string folderItemId) =>
        string.IsNullOrWhiteSpace(folderItemId)
            ? throw new DoiThoaiException(ErrorCodes.BadInput, StorageMessages.FolderIdMissing)
            : new GraphDocumentFolder(Drive(driveId), null, folderItemId.Trim());

    /// <summary>The Graph address of the file <paramref name="fileName"/> in this folder (segments escaped), relative to the base URL.</summary>
    internal string ItemAddress(string fileName)
    {
        var drive = Uri.EscapeDataString(DriveId);
        var name = Uri.EscapeDataString(fileName);
        if (FolderItemId is { } id)
        {
            return $"/drives/{drive}/items/{Uri.EscapeDataString(id)}:/{name}:";
        }

        var folder = string.Join('/', FolderPath!.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
        return folder.Length == 0 ? $"/drives/{drive}/root:/{name}:" : $"/drives/{drive}/root:/{folder}/{name}:";
    }

    private static string Drive(string driveId) =>
        string.IsNullOrWhiteSpace(driveId) ? throw new DoiThoaiException(ErrorCodes.BadInput, StorageMessages.DriveMissing) : driveId.Trim();
}
