using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks.Graph;

namespace DoiThoai.Reports.Tests.Workbooks.Graph;

[TestClass]
public sealed class GraphWorkbookSourceTests
{
    private static readonly GraphWorkbookLocation ById = GraphWorkbookLocation.ById(FakeGraphServer.DriveId, FakeGraphServer.ItemId);

    [TestMethod]
    public async Task Cells_become_sheet_cells_of_every_kind_with_excel_row_numbers()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var sheet = server.Sheet;
        sheet[2, 1] = FakeCell.Text("Mã ý kiến");
        sheet[2, 2] = FakeCell.Text("Ngày nhận");
        sheet[3, 1] = FakeCell.Text("2022-10-001");
        sheet[3, 2] = FakeCell.Number(44835.5);
        sheet.SetNumberFormat(3, 2, "[$-42A]dd/mm/yyyy hh:mm");
        sheet[3, 3] = FakeCell.Number(12);
        sheet[3, 4] = new FakeCell(true);
        sheet[3, 5] = FakeCell.Text("#N/A");
        sheet[5, 1] = FakeCell.Text("2022-10-002");

        var rows = await ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById));

        Assert.HasCount(3, rows);
        Assert.AreEqual(2, rows[0].RowNumber);
        Assert.AreEqual(new SheetCell(1, SheetCellKind.Text, "Mã ý kiến"), rows[0].Cells[0]);
        Assert.AreEqual(3, rows[1].RowNumber);
        CollectionAssert.AreEqual(
            new[]
            {
                new SheetCell(1, SheetCellKind.Text, "2022-10-001"),
                // Only values are asked for: the parser knows the date columns, so the serial stays a plain number.
                new SheetCell(2, SheetCellKind.Number, null, 44835.5),
                new SheetCell(3, SheetCellKind.Number, null, 12),
                new SheetCell(4, SheetCellKind.Boolean, "TRUE"),
                new SheetCell(5, SheetCellKind.Error, "#N/A"),
            },
            rows[1].Cells.ToArray());
        Assert.AreEqual(5, rows[2].RowNumber, "row 4 is blank and left out; row numbers stay Excel's");
    }

    [TestMethod]
    public async Task Reads_in_blocks_of_rows_inside_one_closed_non_persistent_session()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 24);

        var rows = await ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById, firstBlockRows: 10, maxBlockRows: 10));

        CollectionAssert.AreEqual(Enumerable.Range(1, 25).ToArray(), rows.Select(r => r.RowNumber).ToArray());
        var blocks = server.Requests.Where(r => r.Path.Contains("usedRange", StringComparison.Ordinal)).Select(r => r.Path[(r.Path.LastIndexOf('/') + 1)..]).ToArray();
        CollectionAssert.AreEqual(
            new[] { "intersection(anotherRange='1:10')", "intersection(anotherRange='11:20')", "intersection(anotherRange='21:30')" },
            blocks);
        Assert.AreEqual(1, server.SessionsCreated);
        Assert.AreEqual(0, server.PersistentSessionsCreated);
        Assert.AreEqual(1, server.SessionsClosed);
        Assert.IsTrue(server.Requests.Where(r => r.Path.Contains("usedRange", StringComparison.Ordinal)).All(r => r.SessionId == "session-1"));
    }

    [TestMethod]
    public async Task A_sheet_ending_exactly_at_a_block_end_is_read_to_its_end()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 19);

        var rows = await ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById, firstBlockRows: 10, maxBlockRows: 10));

        Assert.HasCount(20, rows);
        Assert.AreEqual(20, rows[^1].RowNumber);
    }

    [TestMethod]
    public async Task Asks_only_for_the_properties_it_needs()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);

        await ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById));

        var block = server.Requests.Single(r => r.Path.Contains("usedRange", StringComparison.Ordinal));
        StringAssert.Contains(block.RawTarget, "?$select=address,values");
        StringAssert.Contains(block.RawTarget, "anotherRange='1%3A10100'", "the address is percent-encoded on the wire");
    }

    [TestMethod]
    public async Task Finds_the_workbook_by_path_without_a_look_up_and_by_sharing_link_with_one()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 3);

        var byPath = await ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), GraphWorkbookLocation.ByPath(FakeGraphServer.DriveId, FakeGraphServer.ItemPath)));
        var pathRequests = server.Requests.ToList();
        server.ClearLog();
        var byLink = await ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), GraphWorkbookLocation.BySharingLink(FakeGraphServer.SharingUrl)));

        Assert.HasCount(4, byPath);
        Assert.HasCount(4, byLink);
        Assert.IsTrue(pathRequests.All(r => r.Path.StartsWith("/drives/" + FakeGraphServer.DriveId + "/root:/", StringComparison.Ordinal)));
        StringAssert.Contains(pathRequests[0].RawTarget, "%C4%90%E1%BB%91i%20tho%E1%BA%A1i/", "Vietnamese path percent-encoded");
        Assert.AreEqual("/shares/" + GraphWorkbookLocation.EncodeSharingUrl(FakeGraphServer.SharingUrl) + "/driveItem", server.Requests[0].Path);
        Assert.IsTrue(server.Requests.Skip(1).All(r => r.Path.Contains("/items/" + FakeGraphServer.ItemId + "/workbook/", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task A_missing_workbook_gives_a_vietnamese_message()
    {
        await using var server = await FakeGraphServer.StartAsync();

        var noFile = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), GraphWorkbookLocation.ByPath(FakeGraphServer.DriveId, "khac.xlsx"))));

        StringAssert.Contains(noFile.Message, "Không tìm thấy sổ tổng hợp");
    }

    [TestMethod]
    [DataRow(true, DisplayName = "the sheet holding the table")]
    [DataRow(false, DisplayName = "the first sheet")]
    public async Task A_workbook_whose_sheet_has_another_name_is_read_like_the_local_reader_does(bool hasTable)
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 3);
        server.Sheet.Name = "Ý kiến tháng 10";
        if (!hasTable)
        {
            server.Sheet.TableName = "Table1";
        }

        var source = new GraphWorkbookSource(FakeGraphClient.For(server), ById);
        var rows = await ReadAllAsync(source);

        Assert.HasCount(4, rows);
        Assert.AreEqual("Ý kiến tháng 10", source.SheetName);
        StringAssert.Contains(server.Requests.Last(r => r.Path.Contains("intersection", StringComparison.Ordinal)).RawTarget, "worksheets/%C3%9D%20ki%E1%BA%BFn");
    }

    [TestMethod]
    [DataRow(429, DisplayName = "429 with Retry-After")]
    [DataRow(503, DisplayName = "503")]
    [DataRow(504, DisplayName = "504")]
    public async Task Busy_answers_are_retried(int status)
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);
        server.Inject(new FakeFault(FakeFaultKind.Status, "GET", "usedRange", status, RetryAfterSeconds: 0, Times: 2));

        var rows = await ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById));

        Assert.HasCount(6, rows);
        CollectionAssert.AreEqual(new[] { status, status, 200 }, server.Requests.Where(r => r.Path.Contains("usedRange", StringComparison.Ordinal)).Select(r => r.Status).ToArray());
    }

    [TestMethod]
    public async Task When_retries_give_up_the_message_says_microsoft_365_is_busy()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);
        server.Inject(FakeFault.Unavailable("GET", "usedRange", times: 10));

        var error = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById)));

        StringAssert.Contains(error.Message, "Microsoft 365 đang bận");
        Assert.AreEqual(4, server.Requests.Count(r => r.Path.Contains("usedRange", StringComparison.Ordinal)), "one try and the RetryHandler's three retries");
        Assert.AreEqual(1, server.SessionsClosed, "the session is closed on the way out");
    }

    [TestMethod]
    [DataRow(401, "không chấp nhận đăng nhập")]
    [DataRow(403, "không có quyền")]
    public async Task Refused_access_is_explained(int status, string expected)
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(new FakeFault(FakeFaultKind.Status, "POST", "createSession", status, null));

        var error = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById)));

        StringAssert.Contains(error.Message, expected);
        Assert.HasCount(1, server.Requests, "not retried");
    }

    [TestMethod]
    [DataRow(409, "tệp hoặc mục cần ghi đang bị khoá, hoặc vừa bị người khác thay đổi cùng lúc; hãy thử lại sau ít phút", "409 conflict \"The current state conflicts with what the request expects.\"")]
    [DataRow(500, "máy chủ Microsoft 365 gặp lỗi; hãy thử lại sau ít phút", "500 internalServerError \"An internal server error occurred while processing the request.\"")]
    public async Task Another_error_is_read_in_vietnamese_before_the_service_text(int status, string meaning, string detail)
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);
        server.Inject(new FakeFault(FakeFaultKind.Status, "GET", "usedRange", status, null));

        var error = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById)));

        StringAssert.StartsWith(error.Message, $"Microsoft 365 báo lỗi khi làm việc với sổ tổng hợp ({ById.Description}): {meaning}. Chi tiết cho cán bộ tin học: {detail}.");
    }

    [TestMethod]
    public async Task A_dropped_connection_is_tried_once_more()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);
        server.Inject(FakeFault.Drop("GET", "usedRange"));

        var rows = await ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById));

        Assert.HasCount(6, rows);
        Assert.AreEqual(2, server.Requests.Count(r => r.Path.Contains("usedRange", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task A_connection_that_keeps_dropping_gives_a_vietnamese_message()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);
        server.Inject(FakeFault.Drop("GET", "usedRange", times: 5));

        var error = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById)));

        StringAssert.Contains(error.Message, "Không kết nối được với Microsoft 365");
        StringAssert.Contains(error.Message, "): kết nối mạng bị lỗi.");
        Assert.DoesNotContain(error.InnerException!.Message, error.Message);
    }

    [TestMethod]
    public async Task An_expired_session_is_created_again_and_the_read_goes_on()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 24);
        server.Inject(FakeFault.ExpireSession("GET", "anotherRange='11:20'"));

        var rows = await ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById, firstBlockRows: 10, maxBlockRows: 10));

        Assert.HasCount(25, rows);
        Assert.AreEqual(2, server.SessionsCreated);
        Assert.AreEqual("session-2", server.Requests.Last(r => r.Path.Contains("11:20", StringComparison.Ordinal)).SessionId);
    }

    internal static async Task<List<SheetRow>> ReadAllAsync(IWorkbookSource source)
    {
        var rows = new List<SheetRow>();
        await foreach (var row in source.ReadSubmissionRowsAsync())
        {
            rows.Add(row);
        }

        return rows;
    }
}
