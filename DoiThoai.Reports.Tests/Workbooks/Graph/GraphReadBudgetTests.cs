using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks.Graph;

namespace DoiThoai.Reports.Tests.Workbooks.Graph;

/// <summary>What a province-scale sheet costs in requests and bytes (counts, not timings).</summary>
[TestClass]
public sealed class GraphReadBudgetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Ten_thousand_rows_cost_at_most_four_requests_lookup_included_each_answer_under_five_megabytes()
    {
        using var directory = new TemporaryDirectory();
        var (path, server) = await FakeSubmissionSheet.StartWithSampleAsync(directory, 10_000);
        await using var _ = server;

        foreach (var location in new[]
        {
            GraphWorkbookLocation.ByPath(FakeGraphServer.DriveId, FakeGraphServer.ItemPath),
            GraphWorkbookLocation.ById(FakeGraphServer.DriveId, FakeGraphServer.ItemId),
            GraphWorkbookLocation.BySharingLink(FakeGraphServer.SharingUrl),
        })
        {
            server.ClearLog();
            var result = await SubmissionSheetReader.ReadAsync(new GraphWorkbookSource(FakeGraphClient.For(server), location), TestProfiles.Profile, TestProfiles.Calendar);

            var requests = server.Requests;
            var largest = requests.Max(r => r.ResponseBytes);
            TestContext.WriteLine($"{location}: {requests.Count} requests ({string.Join(", ", requests.Select(r => $"{r.Method} …{r.Path[^Math.Min(40, r.Path.Length)..]} {r.ResponseBytes:N0} B"))}); largest {largest:N0} B");
            Assert.AreEqual(10_000, result.RowsRead);
            Assert.IsLessThanOrEqualTo(4, requests.Count);
            Assert.IsTrue(requests.All(r => r.Status is 200 or 201 or 204));
            Assert.IsLessThan(FakeGraphServer.GraphResponseLimit, largest);
        }
    }

    [TestMethod]
    public async Task Long_texts_make_smaller_blocks_and_a_block_graph_refuses_as_too_large_is_read_in_halves()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 10_000, contentLength: 1_500);

        var rows = await GraphWorkbookSourceTests.ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), GraphWorkbookLocation.ById(FakeGraphServer.DriveId, FakeGraphServer.ItemId)));

        var blocks = server.Requests.Where(r => r.Path.Contains("intersection", StringComparison.Ordinal)).ToList();
        TestContext.WriteLine($"{blocks.Count} blocks, largest {blocks.Max(r => r.ResponseBytes):N0} B");
        Assert.HasCount(10_001, rows);
        Assert.IsTrue(blocks.Where(r => r.Status == 200).All(r => r.ResponseBytes < FakeGraphServer.GraphResponseLimit));
        Assert.IsGreaterThan(0, server.OversizedAnswers, "the first block, sized before the rows' size is known, was too large");
        Assert.IsTrue(blocks.SkipWhile(r => r.Status == 413).All(r => r.Status == 200), "once a block came through, the next ones were sized to fit");
    }
}
