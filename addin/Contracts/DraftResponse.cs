using DoiThoai.Reports.Mail;
using DoiThoai.Reports.Mail.Graph;

namespace DoiThoai.Addin.Contracts;

/// <summary>
/// A draft the host made in the user's mailbox (<c>POST …/report/draft</c>, <c>POST …/reminder/draft</c>): its REST
/// id (the add-in converts it with <c>convertToEwsId</c>), the link to it in Outlook on the web, what it says, the
/// attachment (null for a reminder), what to know before sending, and where the report was saved.
/// </summary>
public sealed record DraftResponse(
    string DraftId,
    string? WebLink,
    string Subject,
    IReadOnlyList<string> To,
    string? AttachmentName,
    int? AttachmentBytes,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The report saved in the configured documents folder (its web address), or null when none is configured.</summary>
    public string? SavedTo { get; init; }

    public static DraftResponse From(CreatedDraft draft, MailContent mail, byte[]? attachment) => new(
        draft.Id,
        draft.WebLink,
        mail.Subject,
        [.. mail.To.Select(r => r.Address)],
        mail.AttachmentName,
        attachment?.Length,
        draft.Notes);
}
