using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DoiThoai.Reports.Documents.Templates;
using DoiThoai.Reports.Mail.Graph;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

namespace DoiThoai.Reports.Tests.Addin.Principal;

/// <summary>
/// Microsoft 365 mode of the principal's endpoints: the real host with a test <c>IUserGraph</c> (the real SDK client
/// against the loopback Graph fake). The report draft with its attachment (inline, and through an upload session above
/// 3 MB), the reminder draft, the calendar sync twice, and Graph's faults as Vietnamese problems.
/// </summary>
[TestClass]
public sealed class PrincipalGraphTest
{
    public TestContext TestContext { get; set; } = null!;

    private static async Task<JsonElement> PostJson(PrincipalHost host, string path, CancellationToken cancellationToken)
    {
        using var response = await host.Client.PostAsync(path, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [TestMethod]
    public async Task The_report_draft_is_made_in_the_mailbox_with_the_report_attached()
    {
        await using var host = await PrincipalHost.StartAsync(microsoft365: true, cancellationToken: TestContext.CancellationToken);

        var draft = await PostJson(host, "api/months/2022-10/report/draft", TestContext.CancellationToken);

        var message = host.Graph!.Mailbox.Messages.Single();
        Assert.AreEqual(message.Id, draft.GetProperty("draftId").GetString());
        Assert.AreEqual(message.WebLink, draft.GetProperty("webLink").GetString());
        Assert.AreEqual(message.Subject, draft.GetProperty("subject").GetString());
        StringAssert.Contains(message.Subject, "tháng 10/2022");
        CollectionAssert.AreEqual(new[] { PrincipalHost.SoAddress }, message.To.Select(t => t.Address).ToArray());
        Assert.AreEqual("html", message.BodyType);
        PrincipalApiTest.AssertNoStudent(message.Subject + message.Body);
        var attachment = message.Attachments.Single();
        Assert.AreEqual("bao-cao-2022-10.docx", attachment.Name);
        Assert.AreEqual("bao-cao-2022-10.docx", draft.GetProperty("attachmentName").GetString());
        Assert.AreEqual(OutlookDrafts.DocxType, attachment.ContentType);
        Assert.IsFalse(attachment.ViaUploadSession);
        Assert.AreEqual(attachment.Content.Length, draft.GetProperty("attachmentBytes").GetInt32());
        var summary = await host.Host.GetJsonAsync("api/months/2022-10/summary", TestContext.CancellationToken);
        Assert.AreEqual(summary.GetProperty("total").GetInt32(), PrincipalApiTest.ReportFigures(attachment.Content).Total, "the attached report is the month's");
    }

    [TestMethod]
    public async Task A_report_above_3_MB_is_attached_through_an_upload_session()
    {
        using var templates = new TemporaryDirectory();
        var template = templates.File("mau-lon.docx");
        await File.WriteAllBytesAsync(template, LargeTemplate(4_500_000), TestContext.CancellationToken);
        await using var host = await PrincipalHost.StartAsync(microsoft365: true, args: [$"--DoiThoai:Template={template}"], cancellationToken: TestContext.CancellationToken);

        var draft = await PostJson(host, "api/months/2022-10/report/draft", TestContext.CancellationToken);

        var attachment = host.Graph!.Mailbox.Messages.Single().Attachments.Single();
        Assert.IsGreaterThan(OutlookDrafts.InlineLimit, attachment.Content.Length);
        Assert.IsTrue(attachment.ViaUploadSession, "above 3 MB: an upload session");
        Assert.HasCount(1, host.Graph.Uploads.Sessions);
        Assert.AreEqual(attachment.Content.Length, draft.GetProperty("attachmentBytes").GetInt32());
    }

    [TestMethod]
    public async Task With_a_documents_folder_the_report_is_also_saved_there()
    {
        await using var host = await PrincipalHost.StartAsync(
            microsoft365: true,
            args: [$"--DoiThoai:Documents:Drive={FakeGraphServer.DriveId}", $"--DoiThoai:Documents:Folder={FakeDrive.FolderPath}"],
            cancellationToken: TestContext.CancellationToken);

        var draft = await PostJson(host, "api/months/2022-10/report/draft", TestContext.CancellationToken);

        var file = host.Graph!.Drive.File("bao-cao-2022-10.docx");
        Assert.IsNotNull(file, "the report is in the folder");
        CollectionAssert.AreEqual(host.Graph.Mailbox.Messages.Single().Attachments.Single().Content, file.Content, "the file saved is the one attached");
        Assert.AreEqual(file.WebUrl, draft.GetProperty("savedTo").GetString());
        Assert.AreEqual(0, draft.GetProperty("warnings").GetArrayLength());
    }

    [TestMethod]
    public async Task A_folder_that_cannot_be_written_is_a_warning_and_the_draft_is_made_all_the_same()
    {
        await using var host = await PrincipalHost.StartAsync(
            microsoft365: true,
            args: [$"--DoiThoai:Documents:Drive={FakeGraphServer.DriveId}", $"--DoiThoai:Documents:Folder={FakeDrive.FolderPath}"],
            cancellationToken: TestContext.CancellationToken);
        host.Graph!.Inject(new FakeFault(FakeFaultKind.Status, "PUT", "/content", 403, 0, Times: 10));

        var draft = await PostJson(host, "api/months/2022-10/report/draft", TestContext.CancellationToken);

        Assert.IsNull(host.Graph.Drive.File("bao-cao-2022-10.docx"));
        Assert.HasCount(1, host.Graph.Mailbox.Messages);
        Assert.AreEqual(JsonValueKind.Null, draft.GetProperty("savedTo").ValueKind);
        var warning = draft.GetProperty("warnings").EnumerateArray().Single().GetString()!;
        Assert.IsTrue(ProblemAssert.IsVietnamese(warning), warning);
    }

    [TestMethod]
    [DataRow("api/months/2022-10/report", "bao-cao-2022-10.docx")]
    [DataRow("api/sessions/2022-10-day/digest?format=docx", "tong-hop-2022-10-day.docx")]
    [DataRow("api/sessions/2022-10-day/minutes", "bien-ban-2022-10-day.docx")]
    public async Task With_a_documents_folder_every_generated_document_is_also_saved_there(string path, string name)
    {
        await using var host = await PrincipalHost.StartAsync(
            microsoft365: true,
            args: [$"--DoiThoai:Documents:Drive={FakeGraphServer.DriveId}", $"--DoiThoai:Documents:Folder={FakeDrive.FolderPath}"],
            cancellationToken: TestContext.CancellationToken);

        using var response = await host.Client.GetAsync(path, TestContext.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        var file = host.Graph!.Drive.File(name);
        Assert.IsNotNull(file, $"{name} is in the folder");
        CollectionAssert.AreEqual(bytes, file.Content, "the file saved is the one downloaded");
        Assert.AreEqual(new Uri(file.WebUrl).AbsoluteUri, response.Headers.GetValues("X-DoiThoai-Saved-To").Single());
    }

    [TestMethod]
    public async Task A_folder_that_cannot_be_written_does_not_stop_the_download()
    {
        await using var host = await PrincipalHost.StartAsync(
            microsoft365: true,
            args: [$"--DoiThoai:Documents:Drive={FakeGraphServer.DriveId}", $"--DoiThoai:Documents:Folder={FakeDrive.FolderPath}"],
            cancellationToken: TestContext.CancellationToken);
        host.Graph!.Inject(new FakeFault(FakeFaultKind.Status, "PUT", "/content", 403, 0, Times: 10));

        using var response = await host.Client.GetAsync("api/months/2022-10/report", TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(WordFileContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.IsFalse(response.Headers.Contains("X-DoiThoai-Saved-To"));
        Assert.IsNull(host.Graph.Drive.File("bao-cao-2022-10.docx"));
        Assert.IsTrue(host.Graph.Requests.Any(r => r.Method == "PUT" && r.Status == 403), "the save was tried");
    }

    private const string WordFileContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [TestMethod]
    public async Task Without_a_documents_folder_nothing_is_saved_in_a_drive()
    {
        await using var host = await PrincipalHost.StartAsync(microsoft365: true, cancellationToken: TestContext.CancellationToken);

        var draft = await PostJson(host, "api/months/2022-10/report/draft", TestContext.CancellationToken);

        Assert.AreEqual(JsonValueKind.Null, draft.GetProperty("savedTo").ValueKind);
        using var download = await host.Client.GetAsync("api/months/2022-10/report", TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, download.StatusCode);
        Assert.IsFalse(download.Headers.Contains("X-DoiThoai-Saved-To"));
        Assert.IsFalse(host.Graph!.Requests.Any(r => r.Path.StartsWith("/drives/", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task The_reminder_draft_goes_to_the_homeroom_teachers_without_an_attachment()
    {
        await using var host = await PrincipalHost.StartAsync(microsoft365: true, cancellationToken: TestContext.CancellationToken);

        var draft = await PostJson(host, "api/sessions/2022-11-day/reminder/draft", TestContext.CancellationToken);

        var message = host.Graph!.Mailbox.Messages.Single();
        Assert.AreEqual(message.Id, draft.GetProperty("draftId").GetString());
        CollectionAssert.AreEqual(new[] { PrincipalHost.TeacherAddress }, message.To.Select(t => t.Address).ToArray());
        Assert.IsEmpty(message.Attachments);
        Assert.AreEqual(JsonValueKind.Null, draft.GetProperty("attachmentName").ValueKind);
        Assert.IsNotEmpty(draft.GetProperty("warnings").EnumerateArray().ToList());
    }

    [TestMethod]
    public async Task The_calendar_sync_run_twice_creates_nothing_new()
    {
        await using var host = await PrincipalHost.StartAsync(microsoft365: true, cancellationToken: TestContext.CancellationToken);

        var first = await PostJson(host, "api/calendar/outlook", TestContext.CancellationToken);
        var events = host.Graph!.Calendar.Events.Count;
        var second = await PostJson(host, "api/calendar/outlook", TestContext.CancellationToken);

        Assert.IsGreaterThan(0, first.GetProperty("created").GetInt32());
        Assert.AreEqual(events, first.GetProperty("created").GetInt32());
        Assert.AreEqual(0, second.GetProperty("created").GetInt32());
        Assert.AreEqual(0, second.GetProperty("updated").GetInt32());
        Assert.AreEqual(events, second.GetProperty("unchanged").GetInt32());
        Assert.AreEqual(events, host.Graph.Calendar.Events.Count);
        Assert.IsTrue(ProblemAssert.IsVietnamese(second.GetProperty("message").GetString()!));
    }

    [TestMethod]
    [DataRow(429, "POST", "/me/messages", "api/months/2022-10/report/draft", HttpStatusCode.ServiceUnavailable, ErrorCodes.GraphBusy)]
    [DataRow(503, "POST", "/me/messages", "api/months/2022-10/report/draft", HttpStatusCode.ServiceUnavailable, ErrorCodes.GraphBusy)]
    [DataRow(503, "GET", "/me/events", "api/calendar/outlook", HttpStatusCode.ServiceUnavailable, ErrorCodes.GraphBusy)]
    [DataRow(403, "POST", "/me/messages", "api/sessions/2022-11-day/reminder/draft", HttpStatusCode.BadGateway, ErrorCodes.GraphUnavailable)]
    [DataRow(0, "POST", "/me/messages", "api/months/2022-10/report/draft", HttpStatusCode.BadGateway, ErrorCodes.GraphUnavailable)]
    public async Task Graph_faults_are_Vietnamese_problems(int status, string method, string graphPath, string path, HttpStatusCode expected, string code)
    {
        await using var host = await PrincipalHost.StartAsync(microsoft365: true, cancellationToken: TestContext.CancellationToken);
        host.Graph!.Inject(status == 0
            ? FakeFault.Drop(method, graphPath, times: 10)
            : new FakeFault(FakeFaultKind.Status, method, graphPath, status, 0, Times: 10));

        using var response = await host.Client.PostAsync(path, new StringContent("{}"), TestContext.CancellationToken);

        await ProblemAssert.IsProblem(response, expected, code);
        if (code == ErrorCodes.GraphBusy)
        {
            Assert.IsNotNull(response.Headers.RetryAfter, "a busy Microsoft 365: try again shortly");
        }

        Assert.IsEmpty(host.Graph.Mailbox.Messages, "no half-made draft is left");
    }

    [TestMethod]
    public async Task A_claims_challenge_of_Microsoft_365_is_a_401_CONSENT_REQUIRED_with_the_claims()
    {
        await using var host = await PrincipalHost.StartAsync(microsoft365: true, cancellationToken: TestContext.CancellationToken);
        host.Graph!.Inject(FakeFault.Challenge("POST", "/me/messages"));

        using var response = await host.Client.PostAsync("api/months/2022-10/report/draft", new StringContent("{}"), TestContext.CancellationToken);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized, ErrorCodes.ConsentRequired);
        Assert.AreEqual(FakeFault.DefaultClaims, problem.GetProperty("claims").GetString());
        Assert.AreEqual("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.IsEmpty(host.Graph.Mailbox.Messages);
    }

    /// <summary>The example school template with a picture part of <paramref name="bytes"/> random bytes: its report is that large.</summary>
    private static byte[] LargeTemplate(int bytes)
    {
        using var stream = new MemoryStream();
        ExampleTemplate.Write(stream, "Trường THPT số 2 Bắc Hà");
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            var image = package.MainDocumentPart!.AddImagePart(ImagePartType.Png);
            var noise = new byte[bytes];
            new Random(9).NextBytes(noise);
            using var content = new MemoryStream(noise);
            image.FeedData(content);
        }

        return stream.ToArray();
    }
}
