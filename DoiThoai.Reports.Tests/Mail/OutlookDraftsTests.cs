using DoiThoai.Reports.Mail;
using DoiThoai.Reports.Mail.Graph;
using DoiThoai.Reports.Microsoft365;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using NodaTime;

namespace DoiThoai.Reports.Tests.Mail;

[TestClass]
public sealed class OutlookDraftsTests
{
    private const int Slice = 12 * 320 * 1024;
    private static readonly MailContent Report = ReportMail.For(MailTestProfiles.WithAddresses, new YearMonth(2022, 10), "bao-cao-2022-10.docx");

    [TestMethod]
    public async Task A_small_report_is_one_draft_and_one_attachment_request()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var bytes = Bytes(200_000);

        var draft = await Drafts(server).CreateAsync(Report, bytes);

        CollectionAssert.AreEqual(new[] { "POST /me/messages", $"POST /me/messages/{draft.Id}/attachments" }, server.Requests.Select(r => $"{r.Method} {r.Path}").ToArray());
        var message = server.Mailbox.Messages.Single();
        Assert.AreEqual(message.Id, draft.Id);
        Assert.AreEqual(message.WebLink, draft.WebLink);
        Assert.IsTrue(message.IsDraft);
        Assert.AreEqual(Report.Subject, message.Subject);
        Assert.AreEqual("html", message.BodyType);
        Assert.AreEqual(Report.HtmlBody, message.Body);
        CollectionAssert.AreEqual(Report.To.Select(r => r.Address).ToArray(), message.To.Select(r => r.Address).ToArray());
        var attachment = message.Attachments.Single();
        Assert.AreEqual(attachment.Id, draft.AttachmentId);
        Assert.AreEqual("bao-cao-2022-10.docx", attachment.Name);
        Assert.AreEqual(OutlookDrafts.DocxType, attachment.ContentType);
        Assert.IsFalse(attachment.ViaUploadSession);
        AssertSameBytes(bytes, attachment.Content);
    }

    [TestMethod]
    public async Task A_reminder_has_no_attachment_and_carries_its_notes()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var session = Reports.Scheduling.SessionCalendar.Build(MailTestProfiles.WithAddresses).Find("2022-10-day")!;
        var reminder = ReminderMail.For(MailTestProfiles.WithAddresses, session, ["10A1", "10A2"]);

        var draft = await Drafts(server).CreateAsync(reminder);

        Assert.HasCount(1, server.Requests);
        Assert.IsNull(draft.AttachmentId);
        CollectionAssert.AreEqual(reminder.Notes.ToArray(), draft.Notes.ToArray());
        Assert.AreEqual("mai.lt@thpt2bacha.edu.vn", server.Mailbox.Messages.Single().To.Single().Address);
    }

    [TestMethod]
    public async Task Exactly_three_megabytes_still_goes_inline()
    {
        await using var server = await FakeGraphServer.StartAsync();

        await Drafts(server).CreateAsync(Report, Bytes(OutlookDrafts.InlineLimit));

        Assert.IsFalse(server.Mailbox.Messages.Single().Attachments.Single().ViaUploadSession);
        Assert.HasCount(0, server.Uploads.Sessions);
    }

    [TestMethod]
    public async Task A_large_report_goes_through_an_upload_session_in_ordered_slices_without_a_token()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var bytes = Bytes(9_500_000);

        var draft = await Drafts(server).CreateAsync(Report, bytes);

        var session = server.Uploads.Sessions.Single();
        CollectionAssert.AreEqual(new[] { (0L, Slice - 1L), (Slice, 2L * Slice - 1), (2L * Slice, bytes.Length - 1L) }, session.Slices.ToArray());
        var puts = server.Requests.Where(r => r.Method == "PUT").ToList();
        Assert.HasCount(3, puts);
        Assert.IsTrue(puts.All(p => p.RequestBytes <= 4 * 1024 * 1024 && p.Authorization is null));
        Assert.AreEqual($"bytes 0-{Slice - 1}/{bytes.Length}", puts[0].ContentRange);
        CollectionAssert.AreEqual(new[] { 200, 200, 201 }, puts.Select(p => p.Status).ToArray());
        var attachment = server.Mailbox.Messages.Single().Attachments.Single();
        Assert.IsTrue(attachment.ViaUploadSession);
        AssertSameBytes(bytes, attachment.Content);
        Assert.AreEqual(attachment.Id, draft.AttachmentId, "read from the Location of the last answer");
        Assert.AreEqual(0, server.Uploads.AuthorizedPuts);
        Assert.AreEqual(1, server.Requests.Count(r => r.Path.EndsWith("/attachments/createUploadSession", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Busy_answers_are_retried_by_the_sdk()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.Throttle("POST", "/me/messages", times: 2, retryAfter: 1));
        server.Inject(FakeFault.Unavailable("POST", "/attachments"));
        server.Inject(FakeFault.GatewayTimeout("PUT", "/upload/", times: 2));

        var draft = await Drafts(server).CreateAsync(Report, Bytes(5_000_000));

        Assert.IsNotNull(draft.AttachmentId);
        Assert.HasCount(1, server.Mailbox.Messages);
        Assert.HasCount(1, server.Mailbox.Messages.Single().Attachments);
        Assert.AreEqual(2, server.Requests.Count(r => r.Status == 429));
        Assert.AreEqual(2, server.Requests.Count(r => r.Status == 504));
    }

    [TestMethod]
    public async Task Giving_up_is_a_vietnamese_message_and_leaves_no_half_made_draft()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.Unavailable("POST", "/attachments", times: 4));

        var ex = await Assert.ThrowsExactlyAsync<DoiThoaiException>(() => Drafts(server).CreateAsync(Report, Bytes(10_000)));

        Assert.AreEqual(4, server.Requests.Count(r => r.Status == 503), "the SDK's three retries, then no blind fifth try");

        Assert.AreEqual(ErrorCodes.GraphBusy, ex.Code);
        StringAssert.StartsWith(ex.Message, "Chưa tạo được thư nháp (thư dở dang đã được xoá).");
        StringAssert.Contains(ex.Message, "Microsoft 365 đang bận");
        Assert.HasCount(0, server.Mailbox.Messages);
        Assert.AreEqual(1, server.Requests.Count(r => r.Method == "DELETE"));
    }

    [TestMethod]
    public async Task Giving_up_on_an_upload_session_deletes_the_draft_too()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.Unavailable("PUT", "/upload/", times: 4));

        var ex = await Assert.ThrowsExactlyAsync<DoiThoaiException>(() => Drafts(server).CreateAsync(Report, Bytes(5_000_000)));

        Assert.AreEqual(ErrorCodes.GraphBusy, ex.Code);
        Assert.HasCount(0, server.Mailbox.Messages);
        Assert.AreEqual(1, server.Requests.Count(r => r.Method == "DELETE" && r.Path.StartsWith("/upload/", StringComparison.Ordinal)), "the upload session is cancelled");
    }

    [TestMethod]
    public async Task A_draft_that_cannot_be_deleted_is_named_in_the_message()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(new FakeFault(FakeFaultKind.Status, "POST", "/attachments", 400, null));
        server.Inject(FakeFault.Unavailable("DELETE", "/me/messages", times: 4));

        var ex = await Assert.ThrowsExactlyAsync<DoiThoaiException>(() => Drafts(server).CreateAsync(Report, Bytes(10_000)));

        Assert.AreEqual(ErrorCodes.GraphUnavailable, ex.Code);
        StringAssert.StartsWith(ex.Message, $"Thư nháp \"{Report.Subject}\" đã được tạo nhưng chưa đính kèm được tệp bao-cao-2022-10.docx");
        StringAssert.Contains(ex.Message, "hãy xoá thư trong mục Thư nháp");
        Assert.HasCount(1, server.Mailbox.Messages);
    }

    [TestMethod]
    public async Task A_gateway_timeout_after_the_draft_was_made_finds_it_instead_of_making_another()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.GatewayTimeoutAfterApplying("POST", "/me/messages"));
        server.Inject(FakeFault.DropAfterApplying("POST", "/attachments"));

        var draft = await Drafts(server).CreateAsync(Report, Bytes(10_000));

        var message = server.Mailbox.Messages.Single();
        Assert.AreEqual(message.Id, draft.Id);
        Assert.HasCount(1, message.Attachments);
        Assert.AreEqual(message.Attachments[0].Id, draft.AttachmentId);
        Assert.AreEqual(1, server.Requests.Count(r => r.Method == "GET" && r.Path == "/me/messages"), "looked up by its key");
    }

    [TestMethod]
    public async Task A_connection_dropped_mid_upload_starts_a_new_session_and_attaches_once()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.DropAfter(1, "PUT", "/upload/"));
        var bytes = Bytes(9_000_000);

        var draft = await Drafts(server).CreateAsync(Report, bytes);

        var attachment = server.Mailbox.Messages.Single().Attachments.Single();
        AssertSameBytes(bytes, attachment.Content);
        Assert.AreEqual(attachment.Id, draft.AttachmentId);
        Assert.AreEqual(2, server.Requests.Count(r => r.Path.EndsWith("/createUploadSession", StringComparison.Ordinal)));
        Assert.AreEqual(1, server.Requests.Count(r => r.Method == "DELETE" && r.Path.StartsWith("/upload/", StringComparison.Ordinal)), "the broken session is cancelled");
    }

    [TestMethod]
    public async Task A_lost_answer_to_the_last_slice_finds_the_attachment_instead_of_uploading_again()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.DropAfterApplying("PUT", "/upload/", after: 1));

        var draft = await Drafts(server).CreateAsync(Report, Bytes(5_000_000));

        var attachment = server.Mailbox.Messages.Single().Attachments.Single();
        Assert.AreEqual(attachment.Id, draft.AttachmentId);
        Assert.HasCount(1, server.Uploads.Sessions);
    }

    [TestMethod]
    public async Task An_expired_upload_url_starts_over()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.ExpireUpload(after: 1));
        var bytes = Bytes(9_000_000);

        await Drafts(server).CreateAsync(Report, bytes);

        AssertSameBytes(bytes, server.Mailbox.Messages.Single().Attachments.Single().Content);
        Assert.HasCount(2, server.Uploads.Sessions);
        Assert.AreEqual(1, server.Requests.Count(r => r.Method == "PUT" && r.Status == 404));
    }

    [TestMethod]
    public async Task A_claims_challenge_surfaces_with_its_claims()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.Challenge("POST", "/me/messages"));

        var ex = await Assert.ThrowsExactlyAsync<ConsentRequiredException>(() => Drafts(server).CreateAsync(Report, Bytes(10)));

        Assert.AreEqual(FakeFault.DefaultClaims, ex.Claims);
        Assert.AreEqual(ErrorCodes.ConsentRequired, ex.Code);
        Assert.HasCount(0, server.Mailbox.Messages);
    }

    [TestMethod]
    public async Task A_claims_challenge_on_the_attachment_deletes_the_draft_and_keeps_its_claims()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.Challenge("POST", "/attachments", claims: "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1700000000\"}}}"));

        var ex = await Assert.ThrowsExactlyAsync<ConsentRequiredException>(() => Drafts(server).CreateAsync(Report, Bytes(10)));

        Assert.AreEqual("{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1700000000\"}}}", ex.Claims);
        StringAssert.StartsWith(ex.Message, "Chưa tạo được thư nháp");
        Assert.HasCount(0, server.Mailbox.Messages);
    }

    [TestMethod]
    public async Task Markup_in_the_profile_reaches_outlook_as_text()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var profile = MailTestProfiles.WithAddresses with { People = [new Person("<script>alert(1)</script>", PersonRole.Chair, "Hiệu trưởng")] };
        var mail = ReportMail.For(profile, new YearMonth(2022, 10), "bao-cao-2022-10.docx");

        await Drafts(server).CreateAsync(mail, Bytes(10));

        var body = server.Mailbox.Messages.Single().Body;
        Assert.DoesNotContain("<script>", body);
        StringAssert.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [TestMethod]
    public async Task The_attachment_bytes_come_exactly_with_an_attachment_name()
    {
        await using var server = await FakeGraphServer.StartAsync();

        await Assert.ThrowsExactlyAsync<ArgumentException>(() => Drafts(server).CreateAsync(Report));
        await Assert.ThrowsExactlyAsync<ArgumentException>(() => Drafts(server).CreateAsync(Report with { AttachmentName = null }, Bytes(10)));
        Assert.HasCount(0, server.Requests);
    }

    private static OutlookDrafts Drafts(FakeGraphServer server) => new(FakeGraphClient.For(server));

    // CollectionAssert compares megabytes one boxed byte at a time.
    private static void AssertSameBytes(byte[] expected, byte[] actual) =>
        Assert.IsTrue(expected.AsSpan().SequenceEqual(actual), $"{actual.Length} bytes differ from the {expected.Length} sent");

    private static byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }
}
