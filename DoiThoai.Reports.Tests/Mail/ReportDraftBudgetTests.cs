using System.Diagnostics;
using DoiThoai.Reports.Mail;
using DoiThoai.Reports.Mail.Graph;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks;
using DoiThoai.Reports.Workspace;
using NodaTime;
using NodaTime.Testing;

namespace DoiThoai.Reports.Tests.Mail;

/// <summary>
/// The principal's button: the month's report from the workbook, rendered, and a draft with it attached. Measured
/// after one warm-up run (the first run of a process pays for loading and compiling), against the loopback fake, so
/// the figures are this machine's work and the request count, not the network's latency.
/// </summary>
[TestClass]
public sealed class ReportDraftBudgetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task A_thousand_submission_month_becomes_a_draft_in_two_requests_well_within_the_budget()
    {
        using var directory = new TemporaryDirectory();
        // October as the only teaching month: all 1,000 generated submissions are that month's.
        var year = MailTestProfiles.WithAddresses.SchoolYear;
        var profile = MailTestProfiles.WithAddresses with { SchoolYear = year with { TeachingMonths = [new YearMonth(2022, 10)] } };
        var path = directory.File("so-1000.xlsx");
        WorkbookTemplate.Create(path, profile, SampleSubmissions.Generate(profile, SessionCalendar.Build(profile), 1_000));
        SchoolWorkspace Workspace() => new(profile, new LocalWorkbookStore(path), new FakeClock(Instant.FromUtc(2022, 11, 5, 2, 0)));
        var month = new YearMonth(2022, 10);
        await using var server = await FakeGraphServer.StartAsync();
        var drafts = new OutlookDrafts(FakeGraphClient.For(server));

        // A second workspace: its workbook cache is cold, as after the teachers' last edit.
        await RunAsync(Workspace(), drafts, month);
        server.ClearLog();
        var (read, render, draft, rows, size) = await RunAsync(Workspace(), drafts, month);

        var requests = server.Requests;
        TestContext.WriteLine($"{rows} submissions in {month}; report {size:N0} bytes; workbook read and report built {read.TotalMilliseconds:0} ms, rendered {render.TotalMilliseconds:0} ms; " +
            $"draft {draft.TotalMilliseconds:0} ms in {requests.Count} requests ({string.Join(", ", requests.Select(r => $"{r.Method} {r.RequestBytes:N0} B {r.Took.TotalMilliseconds:0} ms"))})");
        Assert.AreEqual(1_000, rows);
        Assert.IsLessThan(OutlookDrafts.InlineLimit, size);
        Assert.HasCount(2, requests);
        Assert.IsLessThan(TimeSpan.FromSeconds(1.5), draft, "the draft alone, without network latency");
        Assert.IsLessThan(TimeSpan.FromSeconds(5), read + render + draft, "the whole button on a slow CI machine (the target, 1.5 s, is for the host's hardware)");
    }

    private static async Task<(TimeSpan Read, TimeSpan Render, TimeSpan Draft, int Rows, int Size)> RunAsync(SchoolWorkspace workspace, OutlookDrafts drafts, YearMonth month)
    {
        var clock = Stopwatch.StartNew();
        var prepared = await workspace.MonthlyReportAsync(month);
        var read = clock.Elapsed;
        var bytes = workspace.Render(prepared.Document);
        var render = clock.Elapsed - read;
        var mail = ReportMail.For(workspace.Profile, month, prepared.FileName);
        await drafts.CreateAsync(mail, bytes);
        var draft = clock.Elapsed - read - render;
        var rows = (await workspace.ReadWorkbookAsync()).Submissions.Count(s => s.SessionMonth == month);
        return (read, render, draft, rows, bytes.Length);
    }
}
