namespace DoiThoai.Reports.Documents.Storage;

/// <summary>A document now in the OneDrive/SharePoint folder.</summary>
/// <param name="ItemId">The drive item's id.</param>
/// <param name="Name">The file's name in the folder.</param>
/// <param name="WebUrl">Opens the file in the browser (Word on the web), or null when Graph gave none.</param>
public sealed record StoredDocument(string ItemId, string Name, string? WebUrl);
