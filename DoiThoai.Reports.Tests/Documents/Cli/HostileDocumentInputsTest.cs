using DoiThoai.Cli;
using DoiThoai.Reports.Documents.Packages;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Tests.Documents.Packages;
using DoiThoai.Reports.Tests.TestTools;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Documents.Cli;

/// <summary>
/// Files that are not what a document command expects, given to the real <c>doithoai</c> process: each ends with exit
/// code 2 and one Vietnamese line, never a .NET stack trace or an English system message.
/// </summary>
[TestClass]
public sealed class HostileDocumentInputsTest
{
    private static DirectoryInfo _dir = null!;
    private static string _workbook = null!;
    private static byte[] _minutes = null!;

    [ClassInitialize]
    public static void CreateWorkbookAndMinutes(TestContext _)
    {
        _dir = Directory.CreateTempSubdirectory("doithoai-hostile-docx-");
        _workbook = Path.Combine(_dir.FullName, "so.xlsx");
        WorkbookTemplate.Create(_workbook, DocumentTestData.Profile, SampleSubmissions.Sample(DocumentTestData.Profile, DocumentTestData.Calendar));
        var minutes = Path.Combine(_dir.FullName, "bien-ban.docx");
        var code = DoiThoaiCommand.Run(["minutes", "--session", "2022-10-day", "--workbook", _workbook, "--out", minutes], new StringWriter(), new StringWriter());
        Assert.AreEqual(0, code);
        _minutes = File.ReadAllBytes(minutes);
    }

    [ClassCleanup]
    public static void Remove() => _dir.Delete(true);

    private static string Save(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task<string> RefusedAsync(params string[] args)
    {
        var (exit, output, error) = await CliProcess.RunAsync(args);
        Assert.AreEqual(DoiThoaiCommand.BadInput, exit, output + error);
        StringAssert.StartsWith(error, "Lỗi: ");
        Assert.DoesNotContain("   at ", error, "a stack trace");
        Assert.DoesNotContain("Exception", error);
        Assert.AreEqual(1, error.TrimEnd().Split('\n').Length, "one line: " + error);
        return error;
    }

    [TestMethod]
    public async Task An_empty_out_is_refused_by_every_document_command()
    {
        foreach (var command in new[] { new[] { "report", "--month", "2022-10" }, ["minutes", "--session", "2022-10-day"], ["digest", "--session", "2022-10-day"] })
        {
            var error = await RefusedAsync([.. command, "--workbook", _workbook, "--out", ""]);
            StringAssert.Contains(error, "--out");
        }
    }

    [TestMethod]
    public async Task A_workbook_given_as_the_minutes_is_named_a_workbook()
    {
        var error = await RefusedAsync("minutes", "import", "--file", _workbook, "--workbook", _workbook);
        StringAssert.Contains(error, "sổ Excel (.xlsx), không phải tài liệu Word");
    }

    [TestMethod]
    public async Task A_workbook_given_as_the_template_is_named_a_workbook()
    {
        var error = await RefusedAsync("report", "--month", "2022-10", "--workbook", _workbook, "--template", _workbook, "--out", Path.Combine(_dir.FullName, "bc.docx"));
        StringAssert.Contains(error, "Mẫu văn bản");
        StringAssert.Contains(error, "sổ Excel (.xlsx)");
    }

    [TestMethod]
    public async Task A_doctype_in_the_minutes_or_the_template_is_refused_with_a_message()
    {
        var minutes = Save("doctype-minutes.docx", WordPackageLimitsTest.WithDoctype(_minutes));
        StringAssert.Contains(await RefusedAsync("minutes", "import", "--file", minutes, "--workbook", _workbook), "DOCTYPE");

        var template = Save("doctype-template.docx", WordPackageLimitsTest.WithDoctype(WordPackageLimitsTest.RealDocx()));
        var error = await RefusedAsync("report", "--month", "2022-10", "--workbook", _workbook, "--template", template, "--out", Path.Combine(_dir.FullName, "bc2.docx"));
        StringAssert.Contains(error, "DOCTYPE");
    }

    [TestMethod]
    public async Task A_zip_bomb_as_the_minutes_or_the_template_is_refused_as_too_large()
    {
        var bomb = WordPackageLimitsTest.WithHugeParts(_minutes, WordPackageLimits.MaxPartBytes + (1 << 20), "word/document.xml");
        var minutes = Save("bomb-minutes.docx", bomb);
        StringAssert.Contains(await RefusedAsync("minutes", "import", "--file", minutes, "--workbook", _workbook), "quá giới hạn");

        var template = Save("bomb-template.docx", WordPackageLimitsTest.WithHugeParts(WordPackageLimitsTest.RealDocx(), WordPackageLimits.MaxPartBytes + (1 << 20), "word/document.xml"));
        var error = await RefusedAsync("report", "--month", "2022-10", "--workbook", _workbook, "--template", template, "--out", Path.Combine(_dir.FullName, "bc3.docx"));
        StringAssert.Contains(error, "quá giới hạn");
        Assert.IsFalse(File.Exists(Path.Combine(_dir.FullName, "bc3.docx")), "nothing written");
    }
}
