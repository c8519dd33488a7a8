using System.Net;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>The host over a workbook in Microsoft 365 (the loopback fake of Graph), set up by <c>DoiThoai:Graph:*</c> as the command's <c>--graph-*</c>.</summary>
[TestClass]
public sealed class GraphModeTest
{
    [TestMethod]
    public async Task The_Graph_settings_serve_the_same_answers_and_saves_go_to_Microsoft_365()
    {
        using var directory = new TemporaryDirectory();
        var (path, server) = await FakeSubmissionSheet.StartWithSampleAsync(directory, 40);
        await using var _ = server;
        await using var host = await AddinHostFixture.StartAsync(args: server.HostSettings, cancellationToken: TestContext.CancellationToken);

        Assert.AreEqual("microsoft365", (await host.GetJsonAsync("health", TestContext.CancellationToken)).GetProperty("mode").GetString());
        Assert.IsFalse(File.Exists(host.WorkbookPath), "no sample workbook is made in the Microsoft 365 mode");
        var check = await host.GetJsonAsync("api/workbook/check", TestContext.CancellationToken);
        Assert.AreEqual(40, check.GetProperty("counts").GetProperty("rowsRead").GetInt32());

        var session = (await host.GetJsonAsync("api/sessions", TestContext.CancellationToken)).GetProperty("sessions").EnumerateArray()
            .First(s => s.GetProperty("counts").GetProperty("submissions").GetInt32() > 0).GetProperty("id").GetString()!;
        var id = (await host.GetJsonAsync($"api/sessions/{session}/submissions", TestContext.CancellationToken)).GetProperty("submissions")[0].GetProperty("id").GetString()!;
        using var saved = await host.PostMinutesJsonAsync(session, new { controls = new[] { new { tag = $"answer:{id}", text = "Đã trả lời qua Microsoft 365." } } }, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, saved.StatusCode, await saved.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.AreEqual("Đã trả lời qua Microsoft 365.", FakeSubmissionSheet.Value(server.Sheet, id, SubmissionColumn.Answer));
    }

    [TestMethod]
    [DataRow("--DoiThoai:Graph:Drive=d", ErrorCodes.GraphConfiguration)]
    [DataRow("--DoiThoai:Graph:Share=https://x.sharepoint.com/:x:/a;--DoiThoai:Graph:Drive=d", ErrorCodes.GraphConfiguration)]
    [DataRow("--DoiThoai:Graph:Drive=d;--DoiThoai:Graph:Item=i;--DoiThoai:Graph:BaseUrl=http://graph.microsoft.com/v1.0", ErrorCodes.GraphConfiguration)]
    [DataRow("--DoiThoai:Graph:Drive=d;--DoiThoai:Graph:Item=i;--DoiThoai:Graph:Auth=password", ErrorCodes.GraphConfiguration)]
    [DataRow("--DoiThoai:Graph:Drive=d;--DoiThoai:Graph:Item=i;--DoiThoai:Workbook=so.xlsx", ErrorCodes.BadInput)]
    public void Settings_that_do_not_name_one_workbook_safely_stop_the_start(string settings, string code)
    {
        using var data = new TemporaryDirectory();

        var refusal = Assert.Throws<DoiThoaiException>(() =>
            DoiThoai.Addin.Hosting.AddinHost.Build(["--urls", "http://127.0.0.1:0", $"--DoiThoai:DataDirectory={data.Path}", .. settings.Split(';')]));

        Assert.AreEqual(code, refusal.Code);
        Assert.IsTrue(ProblemAssert.IsVietnamese(refusal.Message), refusal.Message);
    }

    public TestContext TestContext { get; set; } = null!;
}
