using DoiThoai.Reports.Microsoft365;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Scheduling.Graph;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using NodaTime;

namespace DoiThoai.Reports.Tests.Scheduling.Graph;

[TestClass]
public sealed class OutlookCalendarSyncTests
{
    private const string UidProperty = "String {b3d5e734-1573-4f58-bf39-538570d14ba3} Name DoiThoaiUid";
    private const string SyncProperty = "String {b3d5e734-1573-4f58-bf39-538570d14ba3} Name DoiThoaiSync";

    private static readonly SchoolProfile Profile = TestProfiles.Profile;
    private static readonly IReadOnlyList<CalendarEntry> Entries = CalendarEntries.For(TestProfiles.Calendar, Profile);

    [TestMethod]
    public async Task First_sync_creates_one_event_per_entry_in_the_school_time_zone()
    {
        await using var server = await FakeGraphServer.StartAsync();

        var result = await Sync(server, Profile);

        Assert.HasCount(Entries.Count, result.Created);
        Assert.HasCount(0, result.Updated);
        Assert.AreEqual(0, result.Unchanged);
        Assert.HasCount(Entries.Count, server.Calendar.Events);
        Assert.AreEqual(1, server.Requests.Count(r => r.Method == "GET"));
        Assert.AreEqual(Entries.Count, server.Requests.Count(r => r.Method == "POST"));
        StringAssert.StartsWith(result.Summary, $"Đã tạo {Entries.Count}, cập nhật 0, giữ nguyên 0, xoá 0");

        var session = server.Calendar.ByProperty(UidProperty, "2022-10-day@thpts2.bh.doithoai")!;
        Assert.AreEqual("Đối thoại với học sinh khác (tháng 10/2022)", session.Subject);
        Assert.AreEqual("2022-10-28T14:00:00", session.Start);
        Assert.AreEqual("2022-10-28T16:00:00", session.End);
        Assert.AreEqual("SE Asia Standard Time", session.TimeZone);
        Assert.AreEqual("Nhà đa năng", session.Location);
        Assert.AreEqual("busy", session.Fields["showAs"]!.GetValue<string>());
        StringAssert.StartsWith(session.ExtendedProperties[SyncProperty], "thpts2.bh 2022-2023 ");
        Assert.IsNotNull(session.TransactionId);

        var notice = server.Calendar.ByProperty(UidProperty, "2022-10-day-notice@thpts2.bh.doithoai")!;
        Assert.IsTrue(notice.IsAllDay);
        Assert.AreEqual("2022-10-21T00:00:00", notice.Start);
        Assert.AreEqual("2022-10-22T00:00:00", notice.End);
        Assert.AreEqual("free", notice.Fields["showAs"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Second_sync_creates_nothing_and_sends_one_request()
    {
        await using var server = await FakeGraphServer.StartAsync();
        await Sync(server, Profile);
        server.ClearLog();

        var result = await Sync(server, Profile);

        Assert.HasCount(0, result.Created);
        Assert.HasCount(0, result.Updated);
        Assert.HasCount(0, result.Removed);
        Assert.AreEqual(Entries.Count, result.Unchanged);
        Assert.HasCount(Entries.Count, server.Calendar.Events);
        Assert.HasCount(1, server.Requests);
    }

    [TestMethod]
    public async Task The_list_uses_the_documented_filter_and_expansion()
    {
        await using var server = await FakeGraphServer.StartAsync();

        await Sync(server, Profile);

        var list = server.Requests.Single(r => r.Method == "GET");
        var query = Uri.UnescapeDataString(list.RawTarget[(list.RawTarget.IndexOf('?') + 1)..]);
        StringAssert.Contains(query, $"$filter=singleValueExtendedProperties/Any(ep: ep/id eq '{SyncProperty}' and startswith(ep/value, 'thpts2.bh 2022-2023 '))");
        StringAssert.Contains(query, $"$expand=singleValueExtendedProperties($filter=id eq '{UidProperty}' or id eq '{SyncProperty}')");
        StringAssert.Contains(query, "$select=id");
    }

    [TestMethod]
    public async Task Another_venue_updates_the_sessions_and_nothing_else()
    {
        await using var server = await FakeGraphServer.StartAsync();
        await Sync(server, Profile);
        var moved = Profile with { Venue = "Hội trường tầng 2" };

        var result = await Sync(server, moved);

        CollectionAssert.AreEquivalent(Changed(Profile, moved), result.Updated.ToList());
        Assert.HasCount(TestProfiles.Calendar.Sessions.Count, result.Updated);
        Assert.HasCount(0, result.Created);
        Assert.AreEqual(Entries.Count - result.Updated.Count, result.Unchanged);
        Assert.AreEqual("Hội trường tầng 2", server.Calendar.ByProperty(UidProperty, "2022-10-day@thpts2.bh.doithoai")!.Location);
        Assert.AreEqual(result.Updated.Count, server.Requests.Count(r => r.Method == "PATCH"));
        Assert.HasCount(Entries.Count, server.Calendar.Events);
    }

    [TestMethod]
    public async Task A_session_moved_updates_exactly_its_changed_entries()
    {
        await using var server = await FakeGraphServer.StartAsync();
        await Sync(server, Profile);
        var later = Profile with { Cohorts = [.. Profile.Cohorts.Select(c => c.Cohort == Cohort.Day ? c with { StartTime = new LocalTime(14, 30) } : c)] };

        var result = await Sync(server, later);

        var changed = Changed(Profile, later);
        CollectionAssert.AreEquivalent(changed, result.Updated.ToList());
        Assert.IsTrue(changed.All(u => u.Contains("-day", StringComparison.Ordinal)), "only the day cohort's entries change");
        Assert.AreEqual("2022-10-28T14:30:00", server.Calendar.ByProperty(UidProperty, "2022-10-day@thpts2.bh.doithoai")!.Start);
        Assert.AreEqual(Entries.Count - changed.Count, result.Unchanged);
        Assert.IsTrue(server.Calendar.Events.Where(e => !changed.Contains(e.ExtendedProperties[UidProperty])).All(e => e.Patches == 0));
    }

    [TestMethod]
    public async Task An_extra_session_is_added_then_removed_with_its_entries()
    {
        await using var server = await FakeGraphServer.StartAsync();
        await Sync(server, Profile);
        var withExtra = Profile with { ExtraSessions = [new ExtraSessionDefinition(Cohort.Day, new LocalDateTime(2022, 11, 15, 14, 0), "Giải đáp về học phí", null)] };

        var added = await Sync(server, withExtra);
        var removed = await Sync(server, Profile);

        Assert.IsNotEmpty(added.Created);
        Assert.IsTrue(added.Created.All(u => u.StartsWith("2022-11-15-extra-day", StringComparison.Ordinal)));
        CollectionAssert.AreEquivalent(added.Created.ToList(), removed.Removed.ToList());
        Assert.HasCount(Entries.Count, server.Calendar.Events);
    }

    [TestMethod]
    public async Task Events_of_another_year_or_school_are_left_alone()
    {
        await using var server = await FakeGraphServer.StartAsync();
        await Sync(server, Profile);
        var nextYear = TestProfiles.WithYear("2023-2024", new LocalDate(2023, 9, 5), new LocalDate(2024, 5, 24));

        var result = await Sync(server, nextYear);

        Assert.HasCount(0, result.Removed);
        Assert.HasCount(0, result.Updated);
        Assert.HasCount(Entries.Count + result.Created.Count, server.Calendar.Events);
    }

    [TestMethod]
    public async Task Many_events_are_listed_page_by_page()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var extras = Enumerable.Range(0, 40).Select(i => new ExtraSessionDefinition(Cohort.SemiBoarding, new LocalDateTime(2022, 10, 3, 19, 45).PlusDays(i), $"Lần {i + 1}", null)).ToList();
        var busy = Profile with { ExtraSessions = extras };
        var first = await Sync(server, busy);
        server.ClearLog();

        var second = await Sync(server, busy);

        Assert.IsGreaterThan(100, first.Created.Count);
        Assert.AreEqual(first.Created.Count, second.Unchanged);
        Assert.HasCount(0, second.Created);
        Assert.AreEqual((first.Created.Count + 99) / 100, server.Requests.Count(r => r.Method == "GET"));
    }

    [TestMethod]
    public async Task Busy_answers_are_retried_and_a_repeated_create_makes_no_second_event()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.Throttle("POST", "/me/events", times: 2, retryAfter: 1));
        server.Inject(FakeFault.Unavailable("GET", "/me/events"));
        server.Inject(FakeFault.GatewayTimeoutAfterApplying("POST", "/me/events"));
        server.Inject(FakeFault.DropAfterApplying("POST", "/me/events", after: 5));

        var result = await Sync(server, Profile);

        Assert.HasCount(Entries.Count, result.Created);
        Assert.HasCount(Entries.Count, server.Calendar.Events, "the transactionId makes a repeated create return the first event");
        Assert.HasCount(Entries.Count, server.Calendar.Events.Select(e => e.ExtendedProperties[UidProperty]).Distinct().ToList());
    }

    [TestMethod]
    public async Task Giving_up_says_how_far_it_got_and_running_again_finishes_without_duplicates()
    {
        await using var server = await FakeGraphServer.StartAsync();
        // The tenth create is slow: Outlook applies it, but its answer comes only after the eleventh has failed for good.
        // It was written and must be counted so; the faults stand in the order they strike.
        server.Inject(FakeFault.SlowAnswerAfterApplying("POST", "/me/events", after: 9, seconds: 2));
        server.Inject(new FakeFault(FakeFaultKind.Status, "POST", "/me/events", 503, 0, Times: 1000));

        var ex = await Assert.ThrowsExactlyAsync<DoiThoaiException>(() => Sync(server, Profile));
        var partly = server.Calendar.Events.Count;
        server.ClearFaults();
        var again = await Sync(server, Profile);

        Assert.AreEqual(ErrorCodes.GraphBusy, ex.Code);
        StringAssert.Contains(ex.Message, "Mới ghi được");
        StringAssert.Contains(ex.Message, "Microsoft 365 đang bận");
        StringAssert.Contains(ex.Message, "không tạo sự kiện trùng");
        Assert.AreEqual(10, partly);
        StringAssert.Contains(ex.Message, $"Mới ghi được 10 sự kiện vào lịch Outlook, còn {Entries.Count - 10} sự kiện chưa ghi.");
        Assert.HasCount(Entries.Count, server.Calendar.Events);
        Assert.AreEqual(10, again.Unchanged);
        Assert.HasCount(Entries.Count - 10, again.Created);
    }

    [TestMethod]
    public async Task A_claims_challenge_surfaces_with_its_claims_and_nothing_is_written()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.Challenge("GET", "/me/events"));

        var ex = await Assert.ThrowsExactlyAsync<ConsentRequiredException>(() => Sync(server, Profile));

        Assert.AreEqual(ErrorCodes.ConsentRequired, ex.Code);
        Assert.AreEqual(FakeFault.DefaultClaims, ex.Claims);
        StringAssert.Contains(ex.Message, "đăng nhập lại");
        Assert.HasCount(0, server.Calendar.Events);
        Assert.AreEqual(2, server.Requests.Count(r => r.Status == 401), "the SDK asks once more with the claims, then gives up");
    }

    [TestMethod]
    [DataRow("Asia/Ho_Chi_Minh", "SE Asia Standard Time")]
    [DataRow("Asia/Saigon", "SE Asia Standard Time")]
    [DataRow("Asia/Bangkok", "SE Asia Standard Time")]
    [DataRow("Europe/Paris", "Romance Standard Time")]
    [DataRow("America/Los_Angeles", "Pacific Standard Time")]
    public void The_school_zone_is_written_with_its_windows_name(string iana, string windows)
    {
        Assert.AreEqual(windows, GraphTimeZone.WindowsName(DateTimeZoneProviders.Tzdb[iana]));
    }

    private static Task<CalendarSyncResult> Sync(FakeGraphServer server, SchoolProfile profile) =>
        new OutlookCalendarSync(FakeGraphClient.For(server)).SyncAsync(SessionCalendar.Build(profile), profile);

    /// <summary>The UIDs whose entry reads differently between the two profiles: what a sync must update.</summary>
    private static List<string> Changed(SchoolProfile before, SchoolProfile after)
    {
        var old = CalendarEntries.For(SessionCalendar.Build(before), before).ToDictionary(e => e.Uid);
        return [.. CalendarEntries.For(SessionCalendar.Build(after), after).Where(e => old.TryGetValue(e.Uid, out var o) && o != e).Select(e => e.Uid)];
    }
}
