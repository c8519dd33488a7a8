namespace DoiThoai.Reports.Mail.Graph;

/// <summary>A draft now in the signed-in person's Drafts folder, complete (the attachment, if any, is on it).</summary>
/// <param name="Id">The message id (REST format): the add-in converts it with <c>convertToEwsId</c> and opens it with <c>displayMessageForm</c>.</param>
/// <param name="WebLink">Opens the draft in Outlook on the web, or null when Graph gave none.</param>
/// <param name="AttachmentId">The attachment's id, or null when nothing was attached.</param>
/// <param name="Notes">What the person should know before sending (from <see cref="MailContent.Notes"/>).</param>
public sealed record CreatedDraft(string Id, string? WebLink, string? AttachmentId, IReadOnlyList<string> Notes);
