using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Documents;
using DoiThoai.Reports.Workbooks;
using DoiThoai.Reports.Workspace;
using NodaTime;
using NodaTime.Testing;

namespace DoiThoai.Reports.Tests.Workspace;

/// <summary>
/// A read that keeps only the submissions a task needs (a monthly report: its month) checks and counts every row as a
/// full read does, and the report made from it is the report made from a full read.
/// </summary>
[TestClass]
public sealed class MonthOnlyReadTest
{
    private static DirectoryInfo _dir = null!;
    private static string _workbook = null!;
    private static readonly YearMonth October = new(2022, 10);

    [ClassInitialize]
    public static void CreateWorkbook(TestContext _)
    {
        _dir = Directory.CreateTempSubdirectory("doithoai-month-read-");
        _workbook = Path.Combine(_dir.FullName, "so.xlsx");

        // A year of rows, one of them faulty (an unknown topic), so rejected rows and findings are counted too.
        var rows = SampleSubmissions.Generate(DocumentTestData.Profile, DocumentTestData.Calendar, 900).ToList();
        rows[40] = rows[40] with { Topic = "Chủ đề không có" };
        WorkbookTemplate.Create(_workbook, DocumentTestData.Profile, rows);
    }

    [ClassCleanup]
    public static void Remove() => _dir.Delete(true);

    private static Task<WorkbookReadResult> Read(Func<Submission, bool>? keep) =>
        SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(_workbook), DocumentTestData.Profile, DocumentTestData.Calendar, default, keep);

    [TestMethod]
    public async Task Every_row_is_checked_and_counted_but_only_the_month_is_kept()
    {
        var full = await Read(null);
        var month = await Read(s => s.SessionMonth == October);

        Assert.AreEqual(0, full.AcceptedNotKept);
        CollectionAssert.AreEqual(full.Submissions.Where(s => s.SessionMonth == October).Select(s => s.Id).ToList(), month.Submissions.Select(s => s.Id).ToList());
        Assert.IsTrue(month.Submissions.Count < full.Submissions.Count / 2, "other months are left out");
        Assert.AreEqual(full.Accepted, month.Accepted);
        Assert.AreEqual(full.Submissions.Count - month.Submissions.Count, month.AcceptedNotKept);
        Assert.AreEqual(full.RowsRead, month.Accepted + month.Rejected);
        Assert.AreEqual(full.Rejected, month.Rejected);
        Assert.IsGreaterThan(0, month.Rejected);
        CollectionAssert.AreEqual(full.Findings.Select(f => (f.Code, f.Cell)).ToList(), month.Findings.Select(f => (f.Code, f.Cell)).ToList());
    }

    [TestMethod]
    public async Task The_monthly_report_is_the_same_as_from_a_full_read()
    {
        var clock = new FakeClock(Instant.FromUtc(2022, 11, 2, 3, 0));
        var workspace = new SchoolWorkspace(DocumentTestData.Profile, new LocalWorkbookStore(_workbook), clock);
        var report = await workspace.MonthlyReportAsync(October, new LocalDate(2022, 11, 2), 5);

        // A workspace that has read everything (the add-in host's cache) makes the same report.
        var cached = new SchoolWorkspace(DocumentTestData.Profile, new LocalWorkbookStore(_workbook), clock);
        var full = await cached.ReadWorkbookAsync();
        Assert.AreEqual(0, full.AcceptedNotKept);
        var fromFull = await cached.MonthlyReportAsync(October, new LocalDate(2022, 11, 2), 5);

        Assert.AreEqual(fromFull.RejectedRows, report.RejectedRows);
        CollectionAssert.AreEqual(Text(workspace.Render(fromFull.Document)), Text(workspace.Render(report.Document)));
    }

    // The document's text, paragraph by paragraph (the packages differ in their timestamps).
    private static List<string> Text(byte[] docx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
    }
}
