namespace DoiThoai.Reports.Microsoft365;

/// <summary>The last answer of an upload session: the file is attached or stored.</summary>
/// <param name="Status">201 (created) or 200 (a file replaced).</param>
/// <param name="Location">Where the new item is (Outlook attachments say it only here), or null.</param>
/// <param name="Json">The body (the driveItem for OneDrive/SharePoint), or null when there is none.</param>
internal sealed record UploadCompletion(int Status, Uri? Location, string? Json);
