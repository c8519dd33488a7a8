using System.Diagnostics;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>
/// How long the pane waits on the sample workbook, measured on the real host and written to the test log: the first
/// <c>GET /api/sessions</c> (reads the workbook), the next ones (served from the cached read), and saving minutes.
/// The bounds are generous (a slow CI machine passes); the log gives the numbers.
/// </summary>
[TestClass]
public sealed class LatencyTest
{
    [TestMethod]
    public async Task Sessions_cold_and_warm_and_saving_minutes_on_the_sample_workbook()
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        await host.GetJsonAsync("health", TestContext.CancellationToken);

        var cold = await Time(() => host.GetJsonAsync("api/sessions", TestContext.CancellationToken));
        var warm = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            warm.Add(await Time(() => host.GetJsonAsync("api/sessions", TestContext.CancellationToken)));
        }

        var ids = (await host.GetJsonAsync("api/sessions/2022-10-day/submissions", TestContext.CancellationToken)).GetProperty("submissions")
            .EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        var saves = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var form = new { controls = ids.Select(id => new { tag = $"answer:{id}", text = $"Trả lời lần {i} cho ý kiến {id}." }).ToArray() };
            saves.Add(await Time(async () => (await host.PostMinutesJsonAsync("2022-10-day", form, TestContext.CancellationToken)).EnsureSuccessStatusCode()));
        }

        var minutes = await host.GetBytesAsync("api/sessions/2022-10-day/minutes", TestContext.CancellationToken);
        var docxSave = await Time(async () => (await host.PostMinutesAsync("2022-10-day", minutes, TestContext.CancellationToken)).EnsureSuccessStatusCode());

        warm.Sort();
        saves.Sort();
        TestContext.WriteLine($"GET /api/sessions cold: {cold:F1} ms; warm median {warm[warm.Count / 2]:F1} ms, max {warm[^1]:F1} ms");
        TestContext.WriteLine($"POST minutes (JSON, {ids.Count} answers): median {saves[saves.Count / 2]:F1} ms, max {saves[^1]:F1} ms; POST minutes (.docx, nothing new): {docxSave:F1} ms");
        Assert.IsLessThan(cold, warm[warm.Count / 2], "the cached read is faster than the first");
        Assert.IsLessThan(250.0, warm[warm.Count / 2]);
        Assert.IsLessThan(5000.0, saves[^1]);
    }

    private static async Task<double> Time(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }

    public TestContext TestContext { get; set; } = null!;
}
