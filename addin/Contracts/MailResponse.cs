using DoiThoai.Reports.Mail;

namespace DoiThoai.Addin.Contracts;

/// <summary>A mail to compose: recipients, subject, HTML body.</summary>
public sealed record MailResponse(IReadOnlyList<string> To, string Subject, string BodyHtml)
{
    public static MailResponse From(MailContent mail) => new([.. mail.To.Select(r => r.Address)], mail.Subject, mail.HtmlBody);
}
