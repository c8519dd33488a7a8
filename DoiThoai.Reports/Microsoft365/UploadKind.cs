namespace DoiThoai.Reports.Microsoft365;

/// <summary>The two upload-session protocols of Microsoft 365, which differ in small, documented ways.</summary>
internal enum UploadKind
{
    /// <summary>
    /// A file attached to an Outlook item: slices of at most 4 MB in order; each answer is 200 with
    /// <c>nextExpectedRanges: ["{start}"]</c>; the last is 201 with a <c>Location</c> header and no body.
    /// </summary>
    OutlookAttachment,

    /// <summary>
    /// A OneDrive/SharePoint file: slices a multiple of 320 KiB in order; each answer is 202 with
    /// <c>nextExpectedRanges: ["{start}-"]</c>; the last is 201 or 200 with the driveItem. A GET on the upload URL
    /// tells where to go on after a broken connection; 416 means the slice was already received.
    /// </summary>
    DriveItem,
}
