using DoiThoai.Reports.Schools;
using NodaTime;

namespace DoiThoai.Reports.Mail;

/// <summary>
/// The mail that carries the monthly report to the superior body: to the profile's <c>report.mailTo</c>, a formal
/// Vietnamese subject and body signed by the chair, the report attached. Pure: a function of its arguments.
/// </summary>
public static class ReportMail
{
    /// <param name="profile">The school (addressee, addresses, chair).</param>
    /// <param name="month">The month reported on.</param>
    /// <param name="reportFileName">The attachment's name, e.g. <c>bao-cao-2022-10.docx</c>.</param>
    public static MailContent For(SchoolProfile profile, YearMonth month, string reportFileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reportFileName);
        var to = profile.Report.MailTo
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(a => new MailRecipient(a, profile.Report.Addressee))
            .ToList();
        return new MailContent(
            to,
            MailWording.ReportSubject(profile, month),
            [
                MailWording.Addressed(profile.Report.Addressee),
                MailWording.ReportSent(profile, month, reportFileName),
                MailWording.ReportAsk,
                MailWording.Regards,
                MailWording.Signature(profile),
            ],
            reportFileName,
            to.Count == 0 ? [MailWording.NoReportAddress] : []);
    }
}
