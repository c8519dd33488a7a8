using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>
/// Reads are cached across requests until the workbook changes: its version is the file's time and size, or in
/// Microsoft 365 the drive item's eTag.
/// </summary>
[TestClass]
public sealed class CachingTest
{
    [TestMethod]
    public async Task The_workbook_is_read_once_until_it_changes()
    {
        using var data = new TemporaryDirectory();
        var counting = new CountingWorkbookStore(new LocalWorkbookStore(data.File("so-tong-hop.xlsx")));
        await using var host = await AddinHostFixture.StartAsync(data.Path, args: ["--DoiThoai:WarmUp=false"], configure: builder => builder.Services.AddSingleton<IWorkbookStore>(counting), cancellationToken: TestContext.CancellationToken);

        await host.GetJsonAsync("api/sessions", TestContext.CancellationToken);
        Assert.AreEqual(1, counting.Reads);
        var overview = await host.GetJsonAsync("api/sessions", TestContext.CancellationToken);
        await host.GetJsonAsync("api/sessions/2022-10-day/submissions", TestContext.CancellationToken);
        await host.GetJsonAsync("api/sessions/2022-10-day/digest", TestContext.CancellationToken);
        await host.GetBytesAsync("api/sessions/2022-10-day/minutes", TestContext.CancellationToken);
        await host.GetJsonAsync("api/workbook/check", TestContext.CancellationToken);
        Assert.AreEqual(1, counting.Reads, "every request after the first is served from the cached read");

        // A save changes the file: the next request reads it again, once.
        var ids = (await host.GetJsonAsync("api/sessions/2022-10-day/submissions", TestContext.CancellationToken)).GetProperty("submissions")
            .EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        using var saved = await host.PostMinutesJsonAsync("2022-10-day", new
        {
            controls = new[] { new { tag = $"answer:{ids[0]}", text = "Câu trả lời mới, ghi lúc thử bộ nhớ đệm." } },
        }, TestContext.CancellationToken);
        saved.EnsureSuccessStatusCode();
        await host.GetJsonAsync("api/sessions", TestContext.CancellationToken);
        await host.GetJsonAsync("api/sessions", TestContext.CancellationToken);
        Assert.AreEqual(2, counting.Reads);

        // So does an edit made outside the host (a teacher saving in Excel).
        File.SetLastWriteTimeUtc(data.File("so-tong-hop.xlsx"), DateTime.UtcNow.AddMinutes(1));
        await host.GetJsonAsync("api/sessions", TestContext.CancellationToken);
        Assert.AreEqual(3, counting.Reads);
        Assert.AreEqual(overview.GetProperty("sessions").GetArrayLength(), (await host.GetJsonAsync("api/sessions", TestContext.CancellationToken)).GetProperty("sessions").GetArrayLength());
    }

    [TestMethod]
    public async Task The_host_reads_the_local_workbook_once_on_start_so_the_first_pane_finds_it_cached()
    {
        using var data = new TemporaryDirectory();
        var counting = new CountingWorkbookStore(new LocalWorkbookStore(data.File("so-tong-hop.xlsx")));
        await using var host = await AddinHostFixture.StartAsync(data.Path, configure: builder => builder.Services.AddSingleton<IWorkbookStore>(counting), cancellationToken: TestContext.CancellationToken);

        // No request yet: the warm-up alone reads it (two cores shared with other tests: give it time).
        for (var waited = 0; counting.Reads == 0 && waited < 30_000; waited += 50)
        {
            await Task.Delay(50, TestContext.CancellationToken);
        }

        Assert.AreEqual(1, counting.Reads, "read once after start, before anyone asked");
        await host.GetJsonAsync("api/sessions", TestContext.CancellationToken);
        Assert.AreEqual(1, counting.Reads, "the first request is served from the warm-up's read");
    }

    [TestMethod]
    public async Task A_workbook_in_Microsoft_365_is_read_once_until_its_eTag_changes()
    {
        using var directory = new TemporaryDirectory();
        var (_, server) = await FakeSubmissionSheet.StartWithSampleAsync(directory, 40);
        await using var _ = server;
        await using var host = await AddinHostFixture.StartAsync(args: server.HostSettings, cancellationToken: TestContext.CancellationToken);

        // Each read of the rows opens a workbook session of its own (persistChanges false); nothing here writes.
        int Reads() => server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/workbook/createSession", StringComparison.Ordinal));
        int ETagChecks() => server.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith($"/items/{FakeGraphServer.ItemId}", StringComparison.Ordinal));
        var session = (await host.GetJsonAsync("api/sessions", TestContext.CancellationToken)).GetProperty("sessions").EnumerateArray()
            .First(s => s.GetProperty("counts").GetProperty("submissions").GetInt32() > 0).GetProperty("id").GetString()!;
        var id = (await host.GetJsonAsync($"api/sessions/{session}/submissions", TestContext.CancellationToken)).GetProperty("submissions")[0].GetProperty("id").GetString()!;
        Assert.AreNotEqual("Đã trả lời trên Excel cho web.", await AnswerOf(host, session, id));
        Assert.AreEqual(1, Reads());
        await host.GetJsonAsync("api/sessions", TestContext.CancellationToken);
        Assert.AreEqual(1, Reads(), "the same eTag: served from the cached read");
        Assert.IsGreaterThanOrEqualTo(4, ETagChecks(), "every request asks Microsoft 365 for the eTag");

        // A teacher answers in Excel for the web: the file's content, and with it the eTag, changes.
        var eTag = server.ItemETag;
        server.EditElsewhere(sheet => sheet[FakeSubmissionSheet.RowOf(sheet, id), (int)SubmissionColumn.Answer] = FakeCell.Text("Đã trả lời trên Excel cho web."));
        Assert.AreNotEqual(eTag, server.ItemETag);

        Assert.AreEqual("Đã trả lời trên Excel cho web.", await AnswerOf(host, session, id));
        await host.GetJsonAsync("api/sessions", TestContext.CancellationToken);
        Assert.AreEqual(2, Reads(), "one new read for the new eTag");
    }

    private async Task<string?> AnswerOf(AddinHostFixture host, string session, string id) =>
        (await host.GetJsonAsync($"api/sessions/{session}/submissions", TestContext.CancellationToken)).GetProperty("submissions").EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == id).GetProperty("answer").GetString();

    public TestContext TestContext { get; set; } = null!;
}
