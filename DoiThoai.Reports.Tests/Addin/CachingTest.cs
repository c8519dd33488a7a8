using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Workbooks;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>Reads are cached across requests until the workbook changes (its version: the file's time and size).</summary>
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

    public TestContext TestContext { get; set; } = null!;
}
