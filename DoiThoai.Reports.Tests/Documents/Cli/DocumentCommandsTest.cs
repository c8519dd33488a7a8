using DoiThoai.Cli;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Documents.Minutes;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Documents.Cli;

[TestClass]
public sealed class DocumentCommandsTest
{
    private static DirectoryInfo _dir = null!;
    private static string _workbook = null!;

    [ClassInitialize]
    public static void CreateSampleWorkbook(TestContext _)
    {
        _dir = Directory.CreateTempSubdirectory("doithoai-cli-docs-");
        _workbook = Path.Combine(_dir.FullName, "so.xlsx");
        WorkbookTemplate.Create(_workbook, DocumentTestData.Profile, SampleSubmissions.Sample(DocumentTestData.Profile, DocumentTestData.Calendar));
    }

    [ClassCleanup]
    public static void Remove() => _dir.Delete(true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = DoiThoaiCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Out(string name) => Path.Combine(_dir.FullName, name);

    [TestMethod]
    public void Minutes_for_a_session_are_written_and_valid()
    {
        var file = Out("bb.docx");
        var (code, output, error) = Run("minutes", "--session", "2022-10-day", "--workbook", _workbook, "--out", file);
        Assert.AreEqual(0, code, error);
        StringAssert.Contains(output, "Đã ghi: " + file);
        var errors = DocumentTestData.Validate(File.ReadAllBytes(file));
        Assert.IsEmpty(errors, string.Join("\n", errors));
    }

    [TestMethod]
    public void Unknown_session_exits_2_listing_the_valid_ids()
    {
        var (code, _, error) = Run("minutes", "--session", "2022-13-day", "--workbook", _workbook);
        Assert.AreEqual(DoiThoaiCommand.BadInput, code);
        StringAssert.Contains(error, "Không có buổi đối thoại '2022-13-day'");
        StringAssert.Contains(error, "2022-10-day, 2022-10-semi-boarding");

        (code, _, error) = Run("digest", "--session", "nope", "--workbook", _workbook);
        Assert.AreEqual(DoiThoaiCommand.BadInput, code);
        StringAssert.Contains(error, "2023-05-day");
    }

    [TestMethod]
    public void Unknown_month_exits_2_listing_the_valid_months()
    {
        var (code, _, error) = Run("report", "--month", "2022-07", "--workbook", _workbook);
        Assert.AreEqual(DoiThoaiCommand.BadInput, code);
        StringAssert.Contains(error, "Các tháng hợp lệ: 2022-09, 2022-10");
    }

    [TestMethod]
    [DataRow("report", "--month", "2022-10")]
    [DataRow("minutes", "--session", "2022-10-day")]
    public void Missing_workbook_bad_number_date_or_template_exit_2(string command, string option, string value)
    {
        Assert.AreEqual(DoiThoaiCommand.BadInput, Run(command, option, value).Code, "no --workbook");
        Assert.AreEqual(DoiThoaiCommand.BadInput, Run(command, option, value, "--workbook", Out("missing.xlsx")).Code);
        Assert.AreEqual(DoiThoaiCommand.BadInput, Run(command, option, value, "--workbook", _workbook, "--number", "0").Code);
        Assert.AreEqual(DoiThoaiCommand.BadInput, Run(command, option, value, "--workbook", _workbook, "--template", Out("missing.docx")).Code);
        var notWord = Out("not-word.docx");
        File.WriteAllText(notWord, "không phải docx");
        Assert.AreEqual(DoiThoaiCommand.BadInput, Run(command, option, value, "--workbook", _workbook, "--template", notWord, "--out", Out("x.docx")).Code);
    }

    [TestMethod]
    public void Report_and_digest_with_the_example_template_are_written()
    {
        var template = Out("mau.docx");
        Assert.AreEqual(0, Run("template", "--out", template).Code);
        var (code, _, error) = Run("report", "--month", "2022-10", "--workbook", _workbook, "--template", template, "--number", "4", "--date", "02/11/2022", "--out", Out("bc.docx"));
        Assert.AreEqual(0, code, error);
        Assert.IsEmpty(DocumentTestData.Validate(File.ReadAllBytes(Out("bc.docx"))));
        Assert.AreEqual(DoiThoaiCommand.BadInput, Run("report", "--month", "2022-10", "--workbook", _workbook, "--date", "31/02/2022").Code);
        (code, _, error) = Run("digest", "--session", "2022-10-semi-boarding", "--workbook", _workbook, "--date", "27/10/2022", "--out", Out("th.docx"));
        Assert.AreEqual(0, code, error);
    }

    [TestMethod]
    public void All_writes_every_session_and_month_into_the_folder()
    {
        var folder = Out("nam-hoc");
        Assert.AreEqual(0, Run("minutes", "--all", "--workbook", _workbook, "--out", folder).Code);
        Assert.AreEqual(0, Run("report", "--all", "--workbook", _workbook, "--date", "02/06/2023", "--out", folder).Code);
        Assert.HasCount(18, Directory.GetFiles(folder, "bien-ban-*.docx"));
        Assert.HasCount(9, Directory.GetFiles(folder, "bao-cao-*.docx"));
    }

    [TestMethod]
    public void Import_dry_run_reports_what_it_would_write_and_bad_files_exit_2()
    {
        var file = Out("bb-import.docx");
        Assert.AreEqual(0, Run("minutes", "--session", "2022-10-day", "--workbook", _workbook, "--out", file).Code);
        var first = MinutesReader.Read(new MemoryStream(File.ReadAllBytes(file))).Entries[0].Id;
        byte[] filled;
        using (var filler = new MinutesFiller(File.ReadAllBytes(file)))
        {
            filled = filler.Set(MinutesTags.Answer(first), "Đã trả lời.").Set("endtime", "16 giờ").AddOnTheSpot("10A1", "Câu hỏi mới", null).Save();
        }

        File.WriteAllBytes(file, filled);
        var (code, output, error) = Run("minutes", "import", "--file", file, "--workbook", _workbook, "--dry-run");
        Assert.AreEqual(0, code, error);
        StringAssert.Contains(output, "Biên bản buổi 2022-10-day");
        StringAssert.Contains(output, "Sẽ ghi 1 câu trả lời");
        StringAssert.Contains(output, "thêm 1 ý kiến nêu tại buổi");
        StringAssert.Contains(output, "giờ kết thúc: 16 giờ");

        // Then for real: the answer and the new row are in the workbook, and a second import adds nothing.
        var copy = Out("so-import.xlsx");
        File.Copy(_workbook, copy, true);
        (code, output, error) = Run("minutes", "import", "--file", file, "--workbook", copy);
        Assert.AreEqual(0, code, output + error);
        var read = SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(copy), DocumentTestData.Profile, DocumentTestData.Calendar).GetAwaiter().GetResult();
        var answered = read.Submissions.Single(s => s.Id == first);
        Assert.AreEqual("Đã trả lời.", answered.Answer);
        var before = SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(_workbook), DocumentTestData.Profile, DocumentTestData.Calendar).GetAwaiter().GetResult()
            .Submissions.Single(s => s.Id == first).Status;
        // The handling drop-down showed the earlier status; an answer alone means "answered at the session".
        Assert.AreEqual(before == SubmissionStatus.New ? SubmissionStatus.Answered : before, answered.Status);
        Assert.AreEqual(1, read.Submissions.Count(s => s.Content == "Câu hỏi mới" && s.Channel == SubmissionChannel.Direct));
        (code, output, _) = Run("minutes", "import", "--file", file, "--workbook", copy);
        Assert.AreEqual(0, code);
        StringAssert.Contains(output, "Không có gì thay đổi trong sổ");

        var notWord = Out("rac.docx");
        File.WriteAllText(notWord, "rác");
        Assert.AreEqual(DoiThoaiCommand.BadInput, Run("minutes", "import", "--file", notWord, "--workbook", _workbook).Code);
        Assert.AreEqual(DoiThoaiCommand.BadInput, Run("minutes", "import", "--file", Out("khong-co.docx"), "--workbook", _workbook).Code);
    }
}
