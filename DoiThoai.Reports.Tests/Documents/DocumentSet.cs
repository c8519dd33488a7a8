using DoiThoai.Reports.Documents.Digest;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Documents.Templates;
using DoiThoai.Reports.Submissions;
using NodaTime;

namespace DoiThoai.Reports.Tests.Documents;

/// <summary>Every kind of document the product makes from one set of submissions, built-in and template-filled.</summary>
internal static class DocumentSet
{
    public static IEnumerable<(string Name, byte[] Docx)> All(IReadOnlyList<Submission> submissions)
    {
        var profile = DocumentTestData.Profile;
        var date = new LocalDate(2022, 11, 2);
        var documents = new List<(string, OfficialDocument)>
        {
            ("minutes-day", MinutesBuilder.Build(profile, DocumentTestData.DaySession, submissions)),
            ("minutes-boarding", MinutesBuilder.Build(profile, DocumentTestData.BoardingSession, submissions)),
            ("digest-day", DigestBuilder.Build(profile, DocumentTestData.DaySession, submissions, date)),
            ("digest-boarding", DigestBuilder.Build(profile, DocumentTestData.BoardingSession, submissions, date)),
            ("report", MonthlyReportBuilder.Build(profile, DocumentTestData.Calendar, DocumentTestData.October, submissions, date, 1)),
        };
        foreach (var (name, document) in documents)
        {
            yield return (name, DocumentTestData.Layout(document));
            using var output = new MemoryStream();
            SchoolTemplate.Fill(document, new MemoryStream(Templates.SchoolTemplateTest.Template()), output);
            yield return (name + "-template", output.ToArray());
        }
    }
}
