using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.Validation;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Tests.TestTools;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Workbooks;

[TestClass]
public sealed class WorkbookTemplateTests
{
    private static string Create(TemporaryDirectory dir, int rows)
    {
        var path = dir.File("so.xlsx");
        WorkbookTemplate.Create(path, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, rows));
        return path;
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(SampleSubmissions.SampleSize)]
    public void The_workbook_passes_OpenXmlValidator_with_zero_errors(int rows)
    {
        using var dir = new TemporaryDirectory();
        using var document = SpreadsheetDocument.Open(Create(dir, rows), false);

        var errors = new OpenXmlValidator().Validate(document).ToList();

        Assert.IsEmpty(errors, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [TestMethod]
    public void The_workbook_has_the_table_the_lists_the_drop_downs_and_a_frozen_header()
    {
        using var dir = new TemporaryDirectory();
        using var document = SpreadsheetDocument.Open(Create(dir, 20), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        CollectionAssert.AreEqual(new[] { WorkbookLayout.SubmissionsSheet, WorkbookLayout.ListsSheet }, sheets);

        var submissions = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var table = submissions.TableDefinitionParts.Single().Table!;
        Assert.AreEqual(WorkbookLayout.SubmissionsTable, table.Name!.Value);
        Assert.AreEqual("A1:N21", table.Reference!.Value);
        CollectionAssert.AreEqual(WorkbookLayout.Columns.Select(c => c.Header).ToArray(), table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value).ToArray());

        var pane = submissions.Worksheet.Descendants<Pane>().Single();
        Assert.AreEqual(PaneStateValues.Frozen, pane.State!.Value);
        Assert.AreEqual("A2", pane.TopLeftCell!.Value);

        var lists = submissions.Worksheet.Descendants<DataValidation>().Where(v => v.Type!.Value == DataValidationValues.List).ToList();
        var topicRange = $"{CellAddress.ColumnLetters((int)SubmissionColumn.Topic)}2:";
        Assert.IsTrue(lists.Any(v => v.SequenceOfReferences!.InnerText!.StartsWith(topicRange, StringComparison.Ordinal)));
        Assert.AreEqual(6, lists.Count);
        var names = workbook.Workbook.DefinedNames!.Elements<DefinedName>().ToDictionary(n => n.Name!.Value!, n => n.Text);
        foreach (var v in lists)
        {
            Assert.IsTrue(names.ContainsKey(v.Formula1!.Text), $"drop-down refers to unknown list {v.Formula1!.Text}");
        }

        Assert.AreEqual($"DanhMuc!$A$2:$A${TestProfiles.Profile.Topics.Count + 1}", names["DS_ChuDe"]);
        var dateFormats = workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Select(f => f.FormatCode!.Value).ToList();
        CollectionAssert.Contains(dateFormats, "dd/mm/yyyy");
        var widths = submissions.Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToArray();
        CollectionAssert.AreEqual(WorkbookLayout.Columns.Select(c => c.Width).ToArray(), widths);
    }

    [TestMethod]
    public async Task The_sample_reads_back_with_zero_errors_and_the_whole_mix()
    {
        using var dir = new TemporaryDirectory();
        var path = Create(dir, SampleSubmissions.SampleSize);

        var result = await SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(path), TestProfiles.Profile, TestProfiles.Calendar);

        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Findings));
        Assert.AreEqual(SampleSubmissions.SampleSize, result.Accepted);
        var s = result.Submissions;
        CollectionAssert.AreEquivalent(TestProfiles.Profile.Topics.ToArray(), s.Select(x => x.Topic).Distinct().ToArray());
        Assert.IsTrue(s.Any(x => x.Cohort == Cohort.Day) && s.Any(x => x.Cohort == Cohort.SemiBoarding));
        Assert.IsTrue(s.Any(x => x.IsAnonymous && x.StudentName is null));
        Assert.IsTrue(s.Any(x => x.Channel == SubmissionChannel.HandwrittenPaper));
        Assert.IsTrue(s.Any(x => x.Status == SubmissionStatus.Answered && x.Answer is not null));
        Assert.IsTrue(s.Any(x => x.Status == SubmissionStatus.Forwarded));
        Assert.IsTrue(s.Any(x => x.Status == SubmissionStatus.New));
        Assert.IsTrue(s.Any(x => x.ReceivedAt is not null));
        Assert.IsTrue(result.Findings.Any(f => f.Code == FindingCodes.Late));
        Assert.IsTrue(result.Findings.All(f => f.Code == FindingCodes.Late), string.Join("\n", result.Findings));
        Assert.AreEqual(TestProfiles.Profile.SchoolYear.TeachingMonths.Count, s.Select(x => x.SessionMonth).Distinct().Count());

        // Round trip: what was generated is what is read.
        var generated = SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, SampleSubmissions.SampleSize).ToList();
        CollectionAssert.AreEqual(generated, s.ToList());
    }

    [TestMethod]
    public void Generation_is_deterministic_for_a_seed()
    {
        var a = SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 300, seed: 7).ToList();
        var b = SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 300, seed: 7).ToList();
        var c = SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 300, seed: 8).ToList();

        CollectionAssert.AreEqual(a, b);
        CollectionAssert.AreNotEqual(a, c);
        Assert.AreEqual(300, a.Select(x => x.Id).Distinct().Count());
    }

    [TestMethod]
    [TestCategory("LibreOffice")]
    public void LibreOffice_opens_the_sample_and_shows_dates_as_dd_MM_yyyy()
    {
        using var dir = new TemporaryDirectory();
        var path = Create(dir, 30);

        LibreOffice.ConvertFile(path, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", dir.Path, calc: true);

        var csv = File.ReadAllLines(dir.File("so.csv"));
        Assert.AreEqual(31, csv.Length);
        StringAssert.StartsWith(csv[0], "Mã ý kiến,Ngày nhận,");
        StringAssert.Matches(csv[2].Split(',')[1], new System.Text.RegularExpressions.Regex(@"^\d{2}/\d{2}/\d{4}"));
    }
}
