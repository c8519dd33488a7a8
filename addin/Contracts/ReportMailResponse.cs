using DoiThoai.Reports.Mail;

namespace DoiThoai.Addin.Contracts;

/// <summary><c>GET /api/months/{yyyy-MM}/report/mail</c>: the report mail to compose (<see cref="ReportMail"/>), with what to know before sending.</summary>
public sealed record ReportMailResponse(IReadOnlyList<string> To, string Subject, string BodyHtml, string AttachmentName, IReadOnlyList<string> Warnings)
{
    public static ReportMailResponse From(MailContent mail) =>
        new([.. mail.To.Select(r => r.Address)], mail.Subject, mail.HtmlBody, mail.AttachmentName ?? "", mail.Notes);
}
