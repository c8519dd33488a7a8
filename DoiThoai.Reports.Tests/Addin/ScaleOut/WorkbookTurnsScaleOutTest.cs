using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Addin.Auth;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

namespace DoiThoai.Reports.Tests.Addin.ScaleOut;

/// <summary>
/// Two host instances (each its own data folder and its own in-process turns) over one workbook in Microsoft 365 (the
/// loopback fake of Graph), both with <c>DoiThoai:Redis</c> pointing at one real redis-server. Secretaries save minutes
/// with on-the-spot questions through both at once, while Graph answers reads slowly enough for the two saves to
/// overlap: the Redis turn makes the second save read the rows after the first one's, so every answer is kept and every
/// new submission ID is distinct.
/// </summary>
[TestClass]
public sealed class WorkbookTurnsScaleOutTest
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Two_instances_saving_minutes_with_on_the_spot_questions_at_once_keep_every_answer_under_distinct_IDs()
    {
        using var redis = await RedisServer.StartAsync();
        using var directory = new TemporaryDirectory();
        var (_, graph) = await FakeSubmissionSheet.StartWithSampleAsync(directory, 40);
        await using var _ = graph;
        string[] settings = [.. graph.HostSettings, $"--{AuthHosting.RedisSetting}={redis.Configuration}"];
        await using var a = await AddinHostFixture.StartAsync(args: settings, cancellationToken: TestContext.CancellationToken);
        await using var b = await AddinHostFixture.StartAsync(args: settings, cancellationToken: TestContext.CancellationToken);
        var session = (await a.GetJsonAsync("api/sessions", TestContext.CancellationToken)).GetProperty("sessions").EnumerateArray()
            .First(s => s.GetProperty("counts").GetProperty("submissions").GetInt32() >= 2).GetProperty("id").GetString()!;
        var ids = (await b.GetJsonAsync($"api/sessions/{session}/submissions", TestContext.CancellationToken)).GetProperty("submissions")
            .EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();

        // Each instance's read of the rows answered a second late: without a shared turn both would plan from the same rows.
        graph.Inject(new FakeFault(FakeFaultKind.SlowAfterApplying, "GET", "usedRange", Times: 4, DelaySeconds: 1));
        object Form(string id, string who) => new
        {
            documentSessionId = session,
            controls = new[] { new { tag = $"answer:{id}", title = $"Trả lời {id}", text = $"Trả lời qua bản chạy {who}." } },
            onTheSpot = new[]
            {
                new { classOrRoom = "10A1", content = $"Câu hỏi thứ nhất tại buổi, ghi qua bản chạy {who}", answer = $"Đã trả lời ({who}, 1)." },
                new { classOrRoom = "11A2", content = $"Câu hỏi thứ hai tại buổi, ghi qua bản chạy {who}", answer = $"Đã trả lời ({who}, 2)." },
            },
        };

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(
            Task.Run(() => a.PostMinutesJsonAsync(session, Form(ids[0], "A"), TestContext.CancellationToken)),
            Task.Run(() => b.PostMinutesJsonAsync(session, Form(ids[1], "B"), TestContext.CancellationToken)));
        var elapsed = clock.Elapsed;

        var added = new List<string>();
        foreach (var (response, who, id) in new[] { (responses[0], "A", ids[0]), (responses[1], "B", ids[1]) })
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, $"{who}: {text}");
            var saved = JsonDocument.Parse(text).RootElement;
            Assert.AreEqual(0, saved.GetProperty("failed").GetArrayLength(), $"{who}: {text}");
            Assert.AreEqual(id, saved.GetProperty("saved").EnumerateArray().Single().GetString(), who);
            var mine = saved.GetProperty("added").EnumerateArray().Select(e => e.GetString()!).ToList();
            Assert.HasCount(2, mine, $"{who}: {text}");
            Assert.AreEqual($"Trả lời qua bản chạy {who}.", FakeSubmissionSheet.Value(graph.Sheet, id, SubmissionColumn.Answer));
            foreach (var (newId, n) in mine.Select((x, i) => (x, i + 1)))
            {
                Assert.AreEqual($"Đã trả lời ({who}, {n}).", FakeSubmissionSheet.Value(graph.Sheet, newId, SubmissionColumn.Answer), $"{who}'s row {newId}");
            }

            added.AddRange(mine);
            response.Dispose();
        }

        Assert.HasCount(4, added.Distinct(StringComparer.OrdinalIgnoreCase), "four new submission IDs: " + string.Join(", ", added));
        var used = graph.Sheet.UsedRange();
        var sheetIds = Enumerable.Range(used.FirstRow, used.LastRow - used.FirstRow + 1)
            .Select(row => graph.Sheet[row, (int)SubmissionColumn.Id]?.Value as string).OfType<string>().Where(id => id.StartsWith("20", StringComparison.Ordinal)).ToList();
        Assert.HasCount(sheetIds.Count, sheetIds.Distinct(StringComparer.OrdinalIgnoreCase), "no ID twice in the sheet");
        Assert.AreEqual(1, graph.MostWritingSessionsAtOnce, "the two instances never wrote at once");
        TestContext.WriteLine($"two saves through two instances, reads answered 1 s late: {elapsed.TotalMilliseconds:F0} ms; new IDs {string.Join(", ", added)}");
    }
}
