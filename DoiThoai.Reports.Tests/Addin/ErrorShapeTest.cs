using System.Net;
using System.Runtime.CompilerServices;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Tests.Workbooks;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>Every error is the ProblemDetails of docs/api.md: Vietnamese, with a stable code, never a stack trace, never a crash.</summary>
[TestClass]
public sealed class ErrorShapeTest
{
    [TestMethod]
    public async Task Unknown_routes_and_wrong_methods_are_Vietnamese_problems_even_for_a_browser()
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);

        using var api = await host.Client.GetAsync("api/khong-co", TestContext.CancellationToken);
        await ProblemAssert.IsProblem(api, HttpStatusCode.NotFound, HostErrorCodes.NotFound);

        using var page = new HttpRequestMessage(HttpMethod.Get, "trang-khong-co.html");
        page.Headers.Accept.ParseAdd("text/html");
        using var browser = await host.Client.SendAsync(page, TestContext.CancellationToken);
        await ProblemAssert.IsProblem(browser, HttpStatusCode.NotFound, HostErrorCodes.NotFound);

        using var method = await host.Client.DeleteAsync("api/sessions", TestContext.CancellationToken);
        await ProblemAssert.IsProblem(method, HttpStatusCode.MethodNotAllowed, HostErrorCodes.MethodNotAllowed);
    }

    [TestMethod]
    public async Task A_request_for_another_host_name_is_refused()
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/sessions");

        // What a page of another site sees after pointing its own name at 127.0.0.1 (DNS rebinding).
        request.Headers.Host = "attacker.example";
        using var response = await host.Client.SendAsync(request, TestContext.CancellationToken);

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, HostErrorCodes.HostNotAllowed);
    }

    [TestMethod]
    [DataRow("not a zip at all")]
    [DataRow("PK\u0003\u0004 a zip header and nothing else")]
    public async Task A_damaged_workbook_gives_problems_not_a_crash(string content)
    {
        using var data = new TemporaryDirectory();
        var workbook = data.File("hong.xlsx");
        File.WriteAllText(workbook, content);
        await using var host = await AddinHostFixture.StartAsync(data.Path, [$"--DoiThoai:Workbook={workbook}"], cancellationToken: TestContext.CancellationToken);

        foreach (var path in new[] { "api/sessions", "api/sessions/2022-10-day/submissions", "api/sessions/2022-10-day/minutes", "api/months/2022-10/report", "api/workbook/check" })
        {
            using var response = await host.Client.GetAsync(path, TestContext.CancellationToken);
            await ProblemAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable, ErrorCodes.WorkbookInvalid);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/sessions/2022-10-day/digest?format=docx");
        request.Headers.Accept.ParseAdd("text/html");
        using var browser = await host.Client.SendAsync(request, TestContext.CancellationToken);
        await ProblemAssert.IsProblem(browser, HttpStatusCode.ServiceUnavailable, ErrorCodes.WorkbookInvalid);

        using var save = await host.PostMinutesJsonAsync("2022-10-day", new { controls = new[] { new { tag = "answer:2022-10-001", text = "Trả lời" } } }, TestContext.CancellationToken);
        await ProblemAssert.IsProblem(save, HttpStatusCode.ServiceUnavailable, ErrorCodes.WorkbookInvalid);
        Assert.AreEqual(content, File.ReadAllText(workbook), "the damaged file is left as it was");

        // Nothing about the workbook stops the calendar or the host itself.
        using var calendar = await host.Client.GetAsync("api/calendar.ics", TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, calendar.StatusCode);
        Assert.AreEqual("ok", (await host.GetJsonAsync("health", TestContext.CancellationToken)).GetProperty("status").GetString());
    }

    [TestMethod]
    public async Task A_missing_configured_workbook_is_a_503_naming_the_setting()
    {
        using var data = new TemporaryDirectory();
        await using var host = await AddinHostFixture.StartAsync(data.Path, [$"--DoiThoai:Workbook={data.File("chua-co.xlsx")}"], cancellationToken: TestContext.CancellationToken);

        using var response = await host.Client.GetAsync("api/sessions", TestContext.CancellationToken);

        await ProblemAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable, ErrorCodes.WorkbookNotFound);
        Assert.IsFalse(File.Exists(data.File("chua-co.xlsx")), "a workbook the settings name is never invented");
    }

    [TestMethod]
    public async Task A_busy_workbook_is_a_503_with_Retry_After()
    {
        using var data = new TemporaryDirectory();
        await using var host = await AddinHostFixture.StartAsync(data.Path, configure: builder =>
            builder.Services.AddSingleton<IWorkbookStore>(new FailingStore(new WorkbookAccessException("Sổ đang được người khác ghi; thử lại sau ít phút.", code: ErrorCodes.WorkbookBusy))),
            cancellationToken: TestContext.CancellationToken);

        using var response = await host.Client.GetAsync("api/sessions", TestContext.CancellationToken);

        await ProblemAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable, ErrorCodes.WorkbookBusy);
        Assert.AreEqual(TimeSpan.FromSeconds(ErrorStatus.BusyRetrySeconds), response.Headers.RetryAfter?.Delta);
    }

    [TestMethod]
    public async Task A_defect_is_a_generic_Vietnamese_500_that_keeps_its_details_in_the_log()
    {
        using var data = new TemporaryDirectory();
        await using var host = await AddinHostFixture.StartAsync(data.Path, configure: builder =>
            builder.Services.AddSingleton<IWorkbookStore>(new FailingStore(new InvalidOperationException("secret internal detail at /srv/doithoai"))),
            cancellationToken: TestContext.CancellationToken);

        using var response = await host.Client.GetAsync("api/sessions", TestContext.CancellationToken);
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.InternalServerError, HostErrorCodes.Internal);

        Assert.DoesNotContain("secret", problem.GetRawText());
        Assert.DoesNotContain("/srv/", problem.GetRawText());
        Assert.AreEqual("ok", (await host.GetJsonAsync("health", TestContext.CancellationToken)).GetProperty("status").GetString());
    }

    /// <summary>A store whose every read fails with <paramref name="failure"/>.</summary>
    private sealed class FailingStore(Exception failure) : IWorkbookStore, IWorkbookSource
    {
        public string Description => "sổ thử";

        public IWorkbookSource Source => this;

        public Task<string?> VersionAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);

        public Task<IWorkbookTransaction> BeginAsync(CancellationToken cancellationToken = default) => Task.FromException<IWorkbookTransaction>(failure);

        public async IAsyncEnumerable<SheetRow> ReadSubmissionRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            if (failure is not null)
            {
                throw failure;
            }

            yield break;
        }
    }

    public TestContext TestContext { get; set; } = null!;
}
