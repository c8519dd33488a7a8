using DoiThoai.Cli;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Documents.Minutes;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks.Graph;

namespace DoiThoai.Reports.Tests.Cli;

/// <summary><c>doithoai workbook check</c> with the Microsoft 365 options, against the loopback fake.</summary>
[TestClass]
public sealed class GraphSourceOptionsTests
{
    [TestMethod]
    public async Task Check_reads_a_workbook_by_path_and_reports_like_the_local_file()
    {
        using var directory = new TemporaryDirectory();
        var (path, server) = await FakeSubmissionSheet.StartWithSampleAsync(directory, 40);
        await using var _ = server;

        var local = Run("workbook", "check", "--workbook", path, "--format", "json");
        var graph = Run("workbook", "check", "--graph-base-url", server.BaseUrl, "--graph-drive", FakeGraphServer.DriveId, "--graph-path", FakeGraphServer.ItemPath, "--format", "json");

        Assert.AreEqual(local.Code, graph.Code, graph.Error);
        Assert.AreEqual(local.Output.Replace(path.Replace("\\", "\\\\"), "X"), graph.Output.Replace("tệp 'Đối thoại/Sổ tổng hợp 2022-2023.xlsx' trong ổ b!fake-drive", "X"));
        Assert.IsTrue(server.Requests.Count > 0);
    }

    [TestMethod]
    public void Plain_http_to_another_machine_is_refused_with_exit_code_2()
    {
        var result = Run("workbook", "check", "--graph-base-url", "http://graph.microsoft.com/v1.0", "--graph-drive", "d", "--graph-item", "i");

        Assert.AreEqual(DoiThoaiCommand.BadInput, result.Code);
        StringAssert.Contains(result.Error, "http không mã hoá");
    }

    [TestMethod]
    [DataRow("--graph-drive", "d")]
    [DataRow("--graph-item", "i")]
    [DataRow("--graph-share", "https://x.sharepoint.com/:x:/a", "--graph-drive", "d")]
    public void A_workbook_must_be_named_one_way(params string[] options)
    {
        var result = Run(["workbook", "check", .. options]);

        Assert.AreEqual(DoiThoaiCommand.BadInput, result.Code);
        StringAssert.Contains(result.Error, "theo một cách");
    }

    [TestMethod]
    public void A_local_file_and_a_graph_workbook_together_are_refused()
    {
        var result = Run("workbook", "check", "--workbook", "a.xlsx", "--graph-share", "https://x.sharepoint.com/:x:/a");

        Assert.AreEqual(DoiThoaiCommand.BadInput, result.Code);
        StringAssert.Contains(result.Error, "chọn một nguồn");
    }

    [TestMethod]
    public async Task Minutes_made_from_a_graph_workbook_are_imported_back_into_it()
    {
        using var directory = new TemporaryDirectory();
        var (path, server) = await FakeSubmissionSheet.StartWithSampleAsync(directory, 60);
        await using var _ = server;
        string[] graph = ["--graph-base-url", server.BaseUrl, "--graph-drive", FakeGraphServer.DriveId, "--graph-item", FakeGraphServer.ItemId];
        var minutes = directory.File("bien-ban.docx");

        var made = Run(["minutes", "--session", "2022-10-day", "--out", minutes, .. graph]);
        Assert.AreEqual(0, made.Code, made.Error);
        var first = MinutesReader.Read(new MemoryStream(File.ReadAllBytes(minutes))).Entries[0].Id;
        using (var filler = new MinutesFiller(File.ReadAllBytes(minutes)))
        {
            File.WriteAllBytes(minutes, filler.Set(MinutesTags.Answer(first), "=Trả lời qua Microsoft 365.").AddOnTheSpot("11A2", "Câu hỏi nêu tại buổi", null).Save());
        }

        var imported = Run(["minutes", "import", "--file", minutes, .. graph]);

        Assert.AreEqual(0, imported.Code, imported.Output + imported.Error);
        var source = new GraphWorkbookSource(FakeGraphClient.For(server), GraphWorkbookLocation.ById(FakeGraphServer.DriveId, FakeGraphServer.ItemId));
        var read = await SubmissionSheetReader.ReadAsync(source, TestProfiles.Profile, TestProfiles.Calendar);
        Assert.AreEqual("=Trả lời qua Microsoft 365.", read.Submissions.Single(s => s.Id == first).Answer, "kept as text, not a formula");
        Assert.AreEqual(1, read.Submissions.Count(s => s.Content == "Câu hỏi nêu tại buổi"));
        Assert.IsTrue(server.Requests.Any(r => r.Method == "PATCH"));
    }

    [TestMethod]
    [DataRow("login.microsoftonline.us")]
    [DataRow("http://login.microsoftonline.us/")]
    public void An_authority_that_is_not_a_full_https_address_is_refused_in_vietnamese(string authority)
    {
        var result = Run("workbook", "check", "--graph-share", "https://x.sharepoint.com/:x:/a", "--authority", authority);

        Assert.AreEqual(DoiThoaiCommand.BadInput, result.Code, result.Error);
        StringAssert.Contains(result.Error, $"--authority phải là một địa chỉ https đầy đủ, ví dụ https://login.microsoftonline.us/ (đã nhận: '{authority}')");
    }

    [TestMethod]
    public void An_https_authority_is_taken()
    {
        // Parsed, then refused for what it lacks next: the app's client ID (before, any --authority was an unhandled exception).
        var result = Run("workbook", "check", "--graph-share", "https://x.sharepoint.com/:x:/a", "--authority", "https://login.microsoftonline.us/", "--auth", "client-secret");

        Assert.AreEqual(DoiThoaiCommand.BadInput, result.Code, result.Error);
        Assert.DoesNotContain("--authority", result.Error);
    }

    [TestMethod]
    public void An_unknown_sign_in_is_refused()
    {
        var result = Run("workbook", "check", "--graph-share", "https://x.sharepoint.com/:x:/a", "--auth", "password");

        Assert.AreEqual(DoiThoaiCommand.BadInput, result.Code);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DoiThoaiCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
