using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Workbooks;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workbooks;

[TestClass]
public sealed class LocalWorkbookWriterTests
{
    private static string Sample(TemporaryDirectory dir, int rows = 20)
    {
        var path = dir.File("so.xlsx");
        WorkbookTemplate.Create(path, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, rows));
        return path;
    }

    private static async Task<Dictionary<string, Submission>> ReadBack(string path)
    {
        var result = await SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(path), TestProfiles.Profile, TestProfiles.Calendar);
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Findings));
        return result.Submissions.ToDictionary(s => s.Id);
    }

    [TestMethod]
    public async Task An_update_is_saved_confirmed_and_the_same_update_again_changes_nothing()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir);
        var writer = new LocalWorkbookWriter(path);
        var update = new SubmissionUpdate("2022-09-003", SubmissionStatus.Resolved, "Đã sửa vòi nước khu bán trú.", "Phạm Tuấn Anh");

        var first = await writer.UpdateAsync([update]);
        var bytes = await File.ReadAllBytesAsync(path);
        var second = await writer.UpdateAsync([update]);

        CollectionAssert.AreEqual(new[] { "2022-09-003" }, first.Saved.ToArray());
        CollectionAssert.AreEqual(new[] { "2022-09-003" }, second.Unchanged.ToArray());
        Assert.IsEmpty(second.Saved);
        CollectionAssert.AreEqual(bytes, await File.ReadAllBytesAsync(path), "an unchanged write must not rewrite the file");
        var read = (await ReadBack(path))["2022-09-003"];
        Assert.AreEqual(SubmissionStatus.Resolved, read.Status);
        Assert.AreEqual("Đã sửa vòi nước khu bán trú.", read.Answer);
        Assert.AreEqual("Phạm Tuấn Anh", read.AnsweredBy);
        Assert.IsEmpty(Directory.GetFiles(dir.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [TestMethod]
    [DataRow("=1+1")]
    [DataRow("=HYPERLINK(\"http://x\",\"y\")")]
    [DataRow("+SUM(A1:A2)")]
    [DataRow("_x0041_ giữ nguyên")]
    public async Task User_text_is_written_as_text_never_as_a_formula(string answer)
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir);

        var result = await new LocalWorkbookWriter(path).UpdateAsync([new SubmissionUpdate("2022-09-002", Answer: answer + "\u0001")]);

        Assert.IsTrue(result.Succeeded, string.Join("; ", result.Failed));
        Assert.AreEqual(answer, (await ReadBack(path))["2022-09-002"].Answer);
        using var document = SpreadsheetDocument.Open(path, false);
        Assert.IsFalse(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()).Any());
    }

    [TestMethod]
    public async Task Rows_are_found_by_id_wherever_they_are_and_unknown_ids_fail_without_touching_others()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir);

        var result = await new LocalWorkbookWriter(path).UpdateAsync([
            new SubmissionUpdate("2022-09-999", SubmissionStatus.Answered),
            new SubmissionUpdate("2022-10-001", SubmissionStatus.Forwarded),
        ]);

        Assert.AreEqual("2022-09-999", result.Failed.Single().Id);
        StringAssert.Contains(result.Failed.Single().Message, "Không tìm thấy");
        var read = await ReadBack(path);
        Assert.AreEqual(SubmissionStatus.Forwarded, read["2022-10-001"].Status);
        Assert.AreEqual(20, read.Count);
    }

    [TestMethod]
    public async Task A_formula_in_an_answer_cell_is_replaced_by_text()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("f.xlsx");
        var header = string.Join("", WorkbookLayout.Columns.Select((c, i) => $"""<c r="{CellAddress.Of(i, 1)}" t="inlineStr"><is><t>{c.Header}</t></is></c>"""));
        XlsxFixture.WriteSheet(path, $"""
            <row r="1">{header}</row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>X-1</t></is></c><c r="M2" t="str"><f>"công"&amp;"thức"</f><v>côngthức</v></c></row>
            """);

        var result = await new LocalWorkbookWriter(path).UpdateAsync([new SubmissionUpdate("X-1", Answer: "Trả lời")]);

        Assert.IsTrue(result.Succeeded);
        var rows = new LocalWorkbookSource(path).ReadRows().ToList();
        Assert.AreEqual("Trả lời", rows[1].Cells.Single(c => c.Column == 12).Text);
        using var document = SpreadsheetDocument.Open(path, false);
        Assert.IsFalse(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<CellFormula>().Any());
    }

    [TestMethod]
    public async Task Appended_rows_go_after_the_last_row_and_the_table_grows_over_them()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir, rows: 5);
        var added = new Submission
        {
            Id = "2022-10-900",
            ReceivedOn = new LocalDate(2022, 10, 28),
            ReceivedAt = new LocalTime(14, 30),
            Cohort = Reports.Schools.Cohort.Day,
            ClassOrRoom = "11A2",
            Topic = "Khác",
            Content = "=cmd|' /C calc'!A0 câu hỏi tại buổi",
            Channel = SubmissionChannel.Direct,
            SessionMonth = new YearMonth(2022, 10),
            Status = SubmissionStatus.Answered,
            Answer = "Trả lời tại chỗ.",
        };

        var result = await new LocalWorkbookWriter(path).AppendAsync([added, added with { Id = "2022-09-001" }]);

        CollectionAssert.AreEqual(new[] { "2022-10-900" }, result.Saved.ToArray());
        StringAssert.Contains(result.Failed.Single().Message, "đã có");
        var read = await ReadBack(path);
        Assert.AreEqual(6, read.Count);
        Assert.AreEqual(added, read["2022-10-900"]);
        using var document = SpreadsheetDocument.Open(path, false);
        var sheet = document.WorkbookPart!.WorksheetParts.First(p => p.TableDefinitionParts.Any());
        Assert.AreEqual("A1:N7", sheet.TableDefinitionParts.Single().Table!.Reference!.Value);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        Assert.IsEmpty(errors, string.Join("\n", errors.Select(e => e.Description)));
    }

    [TestMethod]
    public async Task Appending_to_an_empty_template_fills_the_first_table_row()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir, rows: 0);
        var submission = SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 1).Single();

        await new LocalWorkbookWriter(path).AppendAsync([submission]);

        var rows = new LocalWorkbookSource(path).ReadRows().ToList();
        CollectionAssert.AreEqual(new[] { 1, 2 }, rows.Select(r => r.RowNumber).ToArray());
        Assert.AreEqual(submission, (await ReadBack(path))[submission.Id]);
    }

    [TestMethod]
    public async Task A_missing_workbook_raises_WorkbookAccessException()
    {
        using var dir = new TemporaryDirectory();

        await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => new LocalWorkbookWriter(dir.File("none.xlsx")).UpdateAsync([new SubmissionUpdate("a")]));
    }
}
