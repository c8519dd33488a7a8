using System.Diagnostics;
using DoiThoai.Addin.ScaleOut;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Addin.Auth;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks;
using DoiThoai.Reports.Workbooks.Graph;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace DoiThoai.Reports.Tests.Addin.ScaleOut;

/// <summary>
/// The Redis turn on its own, against a real redis-server and the fake Graph workbook: two stores stand for two
/// instances (each its own in-process turns, each its own connection). A lock a dead instance left lapses and the next
/// writer gets through within the wait; a lock held (and renewed) past the wait turns the waiter away with WORKBOOK_BUSY;
/// Redis out of reach refuses the write in Vietnamese and leaves the in-process turn free.
/// </summary>
[TestClass]
public sealed class RedisWorkbookTurnsTest
{
    private static readonly GraphWorkbookLocation ById = GraphWorkbookLocation.ById(FakeGraphServer.DriveId, FakeGraphServer.ItemId);

    public TestContext TestContext { get; set; } = null!;

    private static RedisWorkbookTurns Instance(string redis, TimeSpan expiry) =>
        new(redis, new InProcessWorkbookTurns(), NullLogger<RedisWorkbookTurns>.Instance, expiry);

    private static string Name(FakeGraphServer graph) => GraphWorkbookTurns.Name(FakeGraphClient.For(graph), ById);

    [TestMethod]
    public async Task A_turn_left_by_a_dead_instance_lapses_and_the_next_writer_gets_through_within_the_wait()
    {
        using var redis = await RedisServer.StartAsync();
        await using var graph = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(graph.Sheet, 3);
        await using var turns = Instance(redis.Configuration, TimeSpan.FromSeconds(1));
        var store = new GraphWorkbookStore(FakeGraphClient.For(graph), ById, TimeSpan.FromSeconds(3), turns);

        // What an instance killed while writing leaves behind: its token under the key, never renewed, never released.
        var clock = new Stopwatch();
        using (var dead = await ConnectionMultiplexer.ConnectAsync(redis.Configuration))
        {
            Assert.IsTrue(await dead.GetDatabase().LockTakeAsync(RedisWorkbookTurns.KeyOf(Name(graph)), "dead-instance", TimeSpan.FromSeconds(2)));
            clock.Start();
        }

        await using (await store.BeginAsync(TestContext.CancellationToken))
        {
            var waited = clock.Elapsed;
            TestContext.WriteLine($"got the turn {waited.TotalMilliseconds:F0} ms after a dead instance took it for 2 s (wait 3 s)");
            Assert.IsGreaterThan(TimeSpan.FromSeconds(1.9), waited, "the dead instance's lock was honoured until it lapsed");
            Assert.IsLessThan(TimeSpan.FromSeconds(3), waited, "and the writer got through within its wait");
        }
    }

    [TestMethod]
    public async Task A_turn_held_by_another_instance_past_the_wait_turns_the_writer_away_with_WORKBOOK_BUSY()
    {
        using var redis = await RedisServer.StartAsync();
        await using var graph = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(graph.Sheet, 3);
        var expiry = TimeSpan.FromSeconds(2);
        await using var first = Instance(redis.Configuration, expiry);
        await using var second = Instance(redis.Configuration, expiry);
        var holder = new GraphWorkbookStore(FakeGraphClient.For(graph), ById, TimeSpan.FromSeconds(3), first);
        var waiter = new GraphWorkbookStore(FakeGraphClient.For(graph), ById, TimeSpan.FromSeconds(3), second);
        using var look = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var key = RedisWorkbookTurns.KeyOf(Name(graph));

        var held = await holder.BeginAsync(TestContext.CancellationToken);
        var clock = Stopwatch.StartNew();
        var busy = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => waiter.BeginAsync(TestContext.CancellationToken));
        var gaveUp = clock.Elapsed;

        Assert.AreEqual(ErrorCodes.WorkbookBusy, busy.Code);
        StringAssert.Contains(busy.Message, "đang được ghi");
        Assert.IsGreaterThanOrEqualTo(TimeSpan.FromSeconds(2.9), gaveUp, "it waited its full wait");
        Assert.IsLessThan(TimeSpan.FromSeconds(4.5), gaveUp, "and not much longer");
        var left = await look.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.IsNotNull(left, "held 3 s with an expiry of 2 s: renewed all along");

        // Released by its owner, the turn is free at once, not when the lock would have lapsed.
        await held.DisposeAsync();
        Assert.IsFalse(await look.GetDatabase().KeyExistsAsync(key), "the owner deleted its lock");
        clock.Restart();
        await using (await waiter.BeginAsync(TestContext.CancellationToken))
        {
            Assert.IsLessThan(TimeSpan.FromSeconds(1), clock.Elapsed, "released, not left to lapse");
        }

        TestContext.WriteLine($"gave up after {gaveUp.TotalMilliseconds:F0} ms (wait 3 s) while the holder renewed a 2 s lock; {left?.TotalMilliseconds:F0} ms left on it then");
    }

    [TestMethod]
    public async Task Redis_out_of_reach_refuses_the_write_in_Vietnamese_and_frees_the_in_process_turn()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(graph.Sheet, 3);
        var inProcess = new InProcessWorkbookTurns();
        await using var turns = new RedisWorkbookTurns("127.0.0.1:1,connectTimeout=300,asyncTimeout=300,syncTimeout=300", inProcess, NullLogger<RedisWorkbookTurns>.Instance);
        var store = new GraphWorkbookStore(FakeGraphClient.For(graph), ById, TimeSpan.FromSeconds(1), turns);

        var refused = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => store.BeginAsync(TestContext.CancellationToken));

        Assert.AreEqual(ErrorCodes.WorkbookUnavailable, refused.Code);
        StringAssert.Contains(refused.Message, "DoiThoai:Redis");
        Assert.IsTrue(ProblemAssert.IsVietnamese(refused.Message), refused.Message);
        await using var free = await inProcess.TryTakeAsync(Name(graph), TimeSpan.Zero, TestContext.CancellationToken);
        Assert.IsNotNull(free, "the in-process turn was given back");
    }
}
