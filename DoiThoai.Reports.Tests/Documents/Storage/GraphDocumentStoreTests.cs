using DoiThoai.Reports.Documents.Storage;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

namespace DoiThoai.Reports.Tests.Documents.Storage;

[TestClass]
public sealed class GraphDocumentStoreTests
{
    private const int Slice = 12 * 320 * 1024;
    private static readonly GraphDocumentFolder ByPath = GraphDocumentFolder.ByPath(FakeGraphServer.DriveId, "/" + FakeDrive.FolderPath + "/");
    private static readonly GraphDocumentFolder ById = GraphDocumentFolder.ById(FakeGraphServer.DriveId, FakeDrive.FolderId);

    [TestMethod]
    public async Task A_small_document_is_one_put_and_comes_back_with_its_web_url()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var bytes = Bytes(150_000);

        var stored = await Store(server, ByPath).SaveAsync("bao-cao-2022-10.docx", bytes);

        var put = server.Requests.Single();
        Assert.AreEqual("PUT", put.Method);
        Assert.AreEqual($"/drives/{FakeGraphServer.DriveId}/root:/{FakeDrive.FolderPath}/bao-cao-2022-10.docx:/content", put.Path);
        StringAssert.Contains(put.RawTarget, "?@microsoft.graph.conflictBehavior=replace");
        var file = server.Drive.File("bao-cao-2022-10.docx")!;
        AssertSameBytes(bytes, file.Content);
        Assert.AreEqual(file.Id, stored.ItemId);
        Assert.AreEqual(file.WebUrl, stored.WebUrl);
        Assert.AreEqual("bao-cao-2022-10.docx", stored.Name);
    }

    [TestMethod]
    public async Task The_folder_may_be_given_by_its_item_id()
    {
        await using var server = await FakeGraphServer.StartAsync();

        await Store(server, ById).SaveAsync("bien-ban-2022-10-day.docx", Bytes(1000));

        Assert.AreEqual($"/drives/{FakeGraphServer.DriveId}/items/{FakeDrive.FolderId}:/bien-ban-2022-10-day.docx:/content", server.Requests.Single().Path);
        Assert.IsNotNull(server.Drive.File("bien-ban-2022-10-day.docx"));
    }

    [TestMethod]
    public async Task Our_own_file_name_is_replaced_by_the_new_version()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var old = server.Drive.Seed("bao-cao-2022-10.docx", Bytes(10));
        var bytes = Bytes(2000);

        var stored = await Store(server, ByPath).SaveAsync("bao-cao-2022-10.docx", bytes);

        Assert.AreEqual(old.Id, stored.ItemId);
        Assert.AreEqual(1, old.Replacements);
        AssertSameBytes(bytes, old.Content);
        Assert.HasCount(1, server.Requests);
    }

    [TestMethod]
    public async Task Another_name_never_replaces_anything()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var mine = Bytes(10);
        server.Drive.Seed("bao-cao-2022-10-da-ky.docx", mine);

        var ex = await Assert.ThrowsExactlyAsync<DoiThoaiException>(() => Store(server, ByPath).SaveAsync("bao-cao-2022-10-da-ky.docx", Bytes(2000)));

        Assert.AreEqual(ErrorCodes.OutputExists, ex.Code);
        StringAssert.Contains(ex.Message, "đã có tệp 'bao-cao-2022-10-da-ky.docx'");
        AssertSameBytes(mine, server.Drive.File("bao-cao-2022-10-da-ky.docx")!.Content);
        Assert.AreEqual(0, server.Requests.Count(r => r.Method != "GET"), "looked, wrote nothing");
    }

    [TestMethod]
    public async Task Another_name_that_is_free_is_written_with_conflict_behaviour_fail()
    {
        await using var server = await FakeGraphServer.StartAsync();

        await Store(server, ByPath).SaveAsync("bao-cao-thang-10-gui-so.docx", Bytes(2000));

        CollectionAssert.AreEqual(new[] { 404, 201 }, server.Requests.Select(r => r.Status).ToArray());
        StringAssert.Contains(server.Requests[1].RawTarget, "conflictBehavior=fail");
    }

    [TestMethod]
    public async Task A_name_taken_between_the_look_and_the_write_is_not_replaced()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(new FakeFault(FakeFaultKind.Status, "GET", "ghi-chu.docx", 404, null));
        server.Drive.Seed("ghi-chu.docx", Bytes(10));

        var ex = await Assert.ThrowsExactlyAsync<DoiThoaiException>(() => Store(server, ByPath).SaveAsync("ghi-chu.docx", Bytes(2000)));

        Assert.AreEqual(ErrorCodes.OutputExists, ex.Code);
        Assert.AreEqual(409, server.Requests[^1].Status);
        Assert.AreEqual(0, server.Drive.File("ghi-chu.docx")!.Replacements);
    }

    [TestMethod]
    public async Task A_large_document_goes_through_an_upload_session_in_slices_of_320_KiB_multiples()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var bytes = Bytes(9_000_000);

        var stored = await Store(server, ByPath).SaveAsync("bao-cao-2022-10.docx", bytes);

        var create = server.Requests.First();
        Assert.AreEqual($"/drives/{FakeGraphServer.DriveId}/root:/{FakeDrive.FolderPath}/bao-cao-2022-10.docx:/createUploadSession", create.Path);
        var session = server.Uploads.Sessions.Single();
        CollectionAssert.AreEqual(new[] { (0L, Slice - 1L), (Slice, 2L * Slice - 1), (2L * Slice, bytes.Length - 1L) }, session.Slices.ToArray());
        var puts = server.Requests.Where(r => r.Method == "PUT").ToList();
        CollectionAssert.AreEqual(new[] { 202, 202, 201 }, puts.Select(p => p.Status).ToArray());
        Assert.IsTrue(puts.All(p => p.Authorization is null));
        var file = server.Drive.File("bao-cao-2022-10.docx")!;
        AssertSameBytes(bytes, file.Content);
        Assert.AreEqual(file.WebUrl, stored.WebUrl);
    }

    [TestMethod]
    public async Task A_large_replacement_answers_200_and_is_finished()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var old = server.Drive.Seed("bao-cao-2022-10.docx", Bytes(10));

        var stored = await Store(server, ById).SaveAsync("bao-cao-2022-10.docx", Bytes(5_000_000));

        Assert.AreEqual(old.Id, stored.ItemId);
        Assert.AreEqual(200, server.Requests[^1].Status);
        Assert.AreEqual(5_000_000, old.Content.Length);
    }

    [TestMethod]
    public async Task A_connection_dropped_mid_upload_resumes_where_the_service_stands()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.DropAfter(1, "PUT", "/upload/"));
        var bytes = Bytes(9_000_000);

        await Store(server, ByPath).SaveAsync("bao-cao-2022-10.docx", bytes);

        AssertSameBytes(bytes, server.Drive.File("bao-cao-2022-10.docx")!.Content);
        Assert.HasCount(1, server.Uploads.Sessions, "resumed, not started over");
        Assert.AreEqual(1, server.Requests.Count(r => r.Method == "GET" && r.Path.StartsWith("/upload/", StringComparison.Ordinal)), "asked where to go on");
        Assert.AreEqual(4, server.Requests.Count(r => r.Method == "PUT"));
    }

    [TestMethod]
    public async Task A_lost_answer_to_a_slice_goes_on_after_it_without_sending_it_twice()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.DropAfterApplying("PUT", "/upload/"));
        var bytes = Bytes(9_000_000);

        await Store(server, ByPath).SaveAsync("bao-cao-2022-10.docx", bytes);

        var session = server.Uploads.Sessions.Single();
        Assert.HasCount(3, session.Slices);
        AssertSameBytes(bytes, server.Drive.File("bao-cao-2022-10.docx")!.Content);
    }

    [TestMethod]
    public async Task An_expired_upload_url_starts_the_upload_over()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.ExpireUpload(after: 2));
        var bytes = Bytes(9_000_000);

        await Store(server, ByPath).SaveAsync("bao-cao-2022-10.docx", bytes);

        Assert.HasCount(2, server.Uploads.Sessions);
        AssertSameBytes(bytes, server.Drive.File("bao-cao-2022-10.docx")!.Content);
    }

    [TestMethod]
    public async Task Busy_answers_are_retried_then_a_vietnamese_message()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.Throttle("PUT", "/content", retryAfter: 1));
        await Store(server, ByPath).SaveAsync("bao-cao-2022-10.docx", Bytes(100));
        server.Inject(FakeFault.GatewayTimeout("PUT", "/content", times: 4));

        var ex = await Assert.ThrowsExactlyAsync<DoiThoaiException>(() => Store(server, ByPath).SaveAsync("bao-cao-2022-11.docx", Bytes(100)));

        Assert.AreEqual(ErrorCodes.GraphBusy, ex.Code);
        StringAssert.Contains(ex.Message, "lưu văn bản bao-cao-2022-11.docx vào thư mục OneDrive/SharePoint");
        Assert.IsNull(server.Drive.File("bao-cao-2022-11.docx"));
    }

    [TestMethod]
    public async Task An_unknown_folder_is_a_vietnamese_not_found()
    {
        await using var server = await FakeGraphServer.StartAsync();

        var ex = await Assert.ThrowsExactlyAsync<DoiThoaiException>(() =>
            Store(server, GraphDocumentFolder.ById(FakeGraphServer.DriveId, "01NOSUCHFOLDER")).SaveAsync("bao-cao-2022-10.docx", Bytes(100)));

        Assert.AreEqual(ErrorCodes.GraphNotFound, ex.Code);
        StringAssert.Contains(ex.Message, "không tìm thấy");
    }

    [TestMethod]
    [DataRow("")]
    [DataRow(" bao-cao.docx")]
    [DataRow("bao-cao.pdf")]
    [DataRow("../bao-cao-2022-10.docx")]
    [DataRow("bao:cao.docx")]
    [DataRow("bao\u0001cao.docx")]
    public async Task A_name_onedrive_refuses_is_refused_before_any_request(string name)
    {
        await using var server = await FakeGraphServer.StartAsync();

        var ex = await Assert.ThrowsExactlyAsync<DoiThoaiException>(() => Store(server, ByPath).SaveAsync(name, Bytes(10)));

        Assert.AreEqual(ErrorCodes.BadInput, ex.Code);
        Assert.HasCount(0, server.Requests);
    }

    [TestMethod]
    public void A_folder_needs_a_drive_and_a_usable_path()
    {
        Assert.AreEqual(ErrorCodes.BadInput, Assert.ThrowsExactly<DoiThoaiException>(() => GraphDocumentFolder.ByPath(" ", "DoiThoai")).Code);
        Assert.AreEqual(ErrorCodes.BadInput, Assert.ThrowsExactly<DoiThoaiException>(() => GraphDocumentFolder.ByPath("b!x", "DoiThoai//Văn bản")).Code);
        Assert.AreEqual(ErrorCodes.BadInput, Assert.ThrowsExactly<DoiThoaiException>(() => GraphDocumentFolder.ById("b!x", "")).Code);
        Assert.AreEqual("/", GraphDocumentFolder.ByPath("b!x", "/").Description);
        Assert.AreEqual("DoiThoai/Văn bản", GraphDocumentFolder.ByPath("b!x", "/DoiThoai/Văn bản/").Description);
    }

    private static GraphDocumentStore Store(FakeGraphServer server, GraphDocumentFolder folder) => new(FakeGraphClient.For(server), folder);

    private static void AssertSameBytes(byte[] expected, byte[] actual) =>
        Assert.IsTrue(expected.AsSpan().SequenceEqual(actual), $"{actual.Length} bytes differ from the {expected.Length} sent");

    private static byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }
}
