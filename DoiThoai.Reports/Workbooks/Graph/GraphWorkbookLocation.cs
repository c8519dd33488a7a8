using System.Text;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// Which workbook in OneDrive/SharePoint: by drive and item ID, by path within a drive, or by a sharing link.
/// Immutable. A path is used as it is (Graph addresses a workbook by path); a sharing link is looked up once, on first
/// use, by <see cref="GraphWorkbookSource"/> or <see cref="GraphWorkbookWriter"/>.
/// </summary>
public sealed class GraphWorkbookLocation
{
    private GraphWorkbookLocation(string? driveId, string? itemId, string? path, string? sharingUrl)
    {
        DriveId = driveId;
        ItemId = itemId;
        Path = path;
        SharingUrl = sharingUrl;
    }

    public string? DriveId { get; }

    public string? ItemId { get; }

    /// <summary>Path within the drive, e.g. <c>DoiThoai/So-tong-hop-2022-2023.xlsx</c>.</summary>
    public string? Path { get; }

    public string? SharingUrl { get; }

    /// <summary>A workbook known by IDs: no look-up request is needed.</summary>
    public static GraphWorkbookLocation ById(string driveId, string itemId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(driveId);
        ArgumentException.ThrowIfNullOrWhiteSpace(itemId);
        return new(driveId, itemId, null, null);
    }

    /// <summary>A workbook known by its path in a drive (a document library or someone's OneDrive).</summary>
    public static GraphWorkbookLocation ByPath(string driveId, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(driveId);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new(driveId, null, path.Trim().Trim('/'), null);
    }

    /// <summary>A workbook known by the link that "Share" / "Copy link" gives in OneDrive or SharePoint.</summary>
    public static GraphWorkbookLocation BySharingLink(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new WorkbookAccessException(GraphMessages.BadSharingLink(url));
        }

        return new(null, null, null, url);
    }

    /// <summary>What to call the workbook in messages.</summary>
    public string Description => SharingUrl is { } url ? $"liên kết {url}"
        : Path is { } path ? $"tệp '{path}' trong ổ {DriveId}"
        : $"tệp {ItemId} trong ổ {DriveId}";

    /// <summary>Where the workbook is, as a name for its write turn: the same text in every instance given the same setting.</summary>
    internal string Key => SharingUrl is { } url ? "share " + url
        : Path is { } path ? $"drive {DriveId} path {path}"
        : $"drive {DriveId} item {ItemId}";

    /// <summary>The share ID Graph expects for a sharing URL: <c>u!</c> + unpadded base64url of the URL.</summary>
    public static string EncodeSharingUrl(string url) =>
        "u!" + Convert.ToBase64String(Encoding.UTF8.GetBytes(url)).TrimEnd('=').Replace('/', '_').Replace('+', '-');

    public override string ToString() => Description;
}
