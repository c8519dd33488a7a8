using System.Net;
using DoiThoai.Cli;
using DoiThoai.Reports.Tests.Documents;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>The monthly report, the calendar and the workbook check: the same as the <c>doithoai</c> command gives.</summary>
[TestClass]
public sealed class DocumentsApiTest
{
    private static AddinHostFixture s_host = null!;

    [ClassInitialize]
    public static async Task Start(TestContext context) => s_host = await AddinHostFixture.StartAsync(cancellationToken: context.CancellationToken);

    [ClassCleanup]
    public static async Task Stop() => await s_host.DisposeAsync();

    [TestMethod]
    public async Task The_monthly_report_is_a_valid_Word_file_with_its_number_and_date()
    {
        using var response = await s_host.Client.GetAsync("api/months/2022-10/report?number=5&date=2022-11-02", TestContext.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("bao-cao-2022-10.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.IsEmpty(DocumentTestData.Validate(bytes));
        var xml = DocumentTestData.AllXml(bytes);
        StringAssert.Contains(xml, "05/BC-THPTS2.BH");
        StringAssert.Contains(xml, "ngày 02 tháng 11 năm 2022");
        Assert.DoesNotContain("Office.AutoShowTaskpaneWithDocument", xml, "only the minutes open the pane");
    }

    [TestMethod]
    [DataRow("api/months/2022-13/report", HttpStatusCode.NotFound, ErrorCodes.MonthUnknown)]
    [DataRow("api/months/2023-07/report", HttpStatusCode.NotFound, ErrorCodes.MonthUnknown)]
    [DataRow("api/months/2022-10/report?date=02-11-2022", HttpStatusCode.BadRequest, ErrorCodes.BadInput)]
    [DataRow("api/months/2022-10/report?date=2022-09-30", HttpStatusCode.BadRequest, ErrorCodes.BadInput)]
    [DataRow("api/months/2022-10/report?number=0", HttpStatusCode.BadRequest, ErrorCodes.BadInput)]
    [DataRow("api/months/2022-10/report?number=abc", HttpStatusCode.BadRequest, ErrorCodes.BadInput)]
    [DataRow("api/sessions/2022-10-day/minutes?number=10000", HttpStatusCode.BadRequest, ErrorCodes.BadInput)]
    public async Task A_month_or_option_that_does_not_make_sense_is_a_problem(string path, HttpStatusCode status, string code)
    {
        using var response = await s_host.Client.GetAsync(path, TestContext.CancellationToken);
        await ProblemAssert.IsProblem(response, status, code);
    }

    [TestMethod]
    public async Task The_calendar_is_the_year_in_RFC_5545()
    {
        using var response = await s_host.Client.GetAsync("api/calendar.ics", TestContext.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual("lich-doi-thoai-2022-2023.ics", response.Content.Headers.ContentDisposition?.FileNameStar);
        StringAssert.StartsWith(text, "BEGIN:VCALENDAR");
        static string WithoutStamps(string ics) => string.Join("\n", ics.Split("\r\n").Where(l => !l.StartsWith("DTSTAMP:", StringComparison.Ordinal)));
        Assert.AreEqual(WithoutStamps(Reports.Scheduling.CalendarIcs.Write(DocumentTestData.Calendar, DocumentTestData.Profile)), WithoutStamps(text));
    }

    [TestMethod]
    public async Task The_workbook_check_is_the_JSON_of_the_command()
    {
        using var response = await s_host.Client.GetAsync("api/workbook/check", TestContext.CancellationToken);
        var api = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);
        using var output = new StringWriter();
        DoiThoaiCommand.Run(["workbook", "check", "--workbook", s_host.WorkbookPath, "--format", "json"], output, new StringWriter());

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual(output.ToString(), api);
    }

    public TestContext TestContext { get; set; } = null!;
}
