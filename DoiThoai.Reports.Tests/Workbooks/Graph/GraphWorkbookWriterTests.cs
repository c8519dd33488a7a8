using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks.Graph;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workbooks.Graph;

[TestClass]
public sealed class GraphWorkbookWriterTests
{
    private static readonly GraphWorkbookLocation ById = GraphWorkbookLocation.ById(FakeGraphServer.DriveId, FakeGraphServer.ItemId);

    [TestMethod]
    public async Task Writes_only_status_answer_and_answered_by_of_the_row_with_that_id_and_confirms()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 10);
        var before = Snapshot(server.Sheet);

        var result = await Writer(server).UpdateAsync([new SubmissionUpdate(FakeSubmissionSheet.Id(4), SubmissionStatus.Answered, "Nhà trường sẽ sửa quạt phòng 3 trong tuần.", "Hiệu trưởng")]);

        CollectionAssert.AreEqual(new[] { FakeSubmissionSheet.Id(4) }, result.Saved.ToArray());
        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual("Đã trả lời tại buổi", server.Sheet[5, (int)SubmissionColumn.Status]!.Value);
        Assert.AreEqual("Nhà trường sẽ sửa quạt phòng 3 trong tuần.", server.Sheet[5, (int)SubmissionColumn.Answer]!.Value);
        Assert.AreEqual("Hiệu trưởng", server.Sheet[5, (int)SubmissionColumn.AnsweredBy]!.Value);
        var changed = Snapshot(server.Sheet).Where(c => !before.TryGetValue(c.Key, out var old) || !Equals(old, c.Value)).Select(c => c.Key).Order().ToArray();
        CollectionAssert.AreEqual(new[] { (5, 11), (5, 12), (5, 13) }, changed);
        var patch = server.Requests.Single(r => r.Method == "PATCH");
        StringAssert.EndsWith(patch.Path, "range(address='L5:N5')");
        Assert.AreEqual(1, server.PersistentSessionsCreated);
        Assert.AreEqual(1, server.SessionsClosed);
    }

    [TestMethod]
    public async Task The_same_write_twice_changes_nothing_the_second_time()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);
        var update = new SubmissionUpdate(FakeSubmissionSheet.Id(2), SubmissionStatus.Resolved, "Đã giải quyết xong.", "Phó hiệu trưởng");

        var first = await Writer(server).UpdateAsync([update]);
        var second = await Writer(server).UpdateAsync([update]);

        Assert.HasCount(1, first.Saved);
        Assert.HasCount(0, second.Saved);
        CollectionAssert.AreEqual(new[] { update.Id }, second.Unchanged.ToArray());
        Assert.AreEqual(1, server.Requests.Count(r => r.Method == "PATCH"));
    }

    [TestMethod]
    public async Task Only_the_cells_that_differ_are_sent()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);

        // Status is already "Mới" in the sheet; only the answer differs.
        var result = await Writer(server).UpdateAsync([new SubmissionUpdate(FakeSubmissionSheet.Id(3), SubmissionStatus.New, "Sẽ trả lời ở buổi sau.")]);

        Assert.HasCount(1, result.Saved);
        StringAssert.EndsWith(server.Requests.Single(r => r.Method == "PATCH").Path, "range(address='M4:M4')");
    }

    [TestMethod]
    [DataRow("=HYPERLINK(\"http://x.example\",\"bấm\")")]
    [DataRow("+84 912 345 678")]
    [DataRow("-Không đồng ý")]
    [DataRow("@Thầy Hùng xem giúp")]
    [DataRow("'trích dẫn'")]
    [DataRow("0123")]
    [DataRow("1/10")]
    [DataRow("TRUE")]
    public async Task User_text_is_written_as_text_never_as_a_formula_or_number(string answer)
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 3);

        var result = await Writer(server).UpdateAsync([new SubmissionUpdate(FakeSubmissionSheet.Id(1), Answer: answer)]);

        CollectionAssert.AreEqual(new[] { FakeSubmissionSheet.Id(1) }, result.Saved.ToArray());
        var cell = server.Sheet[2, (int)SubmissionColumn.Answer]!;
        Assert.AreEqual(answer, cell.Value);
        Assert.IsNull(cell.Formula);
    }

    [TestMethod]
    public async Task The_row_is_found_by_id_after_the_sheet_was_sorted_and_rows_inserted_since_the_read()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 20);
        var rows = await GraphWorkbookSourceTests.ReadAllAsync(new GraphWorkbookSource(FakeGraphClient.For(server), ById));
        var readRow = rows.Single(r => r.Cells[0].Text == FakeSubmissionSheet.Id(7)).RowNumber;
        var writer = Writer(server);

        // A teacher sorts by ID descending and inserts two rows above the data.
        server.Sheet.SortRows(1, cells => new string(((string)cells[0].Value).Reverse().ToArray()));
        server.Sheet.InsertRows(2, 2);
        var nowAt = FakeSubmissionSheet.RowOf(server.Sheet, FakeSubmissionSheet.Id(7));
        Assert.AreNotEqual(readRow, nowAt);

        var result = await writer.UpdateAsync([new SubmissionUpdate(FakeSubmissionSheet.Id(7), SubmissionStatus.Forwarded, "Đã chuyển Sở GD&ĐT.")]);

        Assert.HasCount(1, result.Saved);
        Assert.AreEqual("Đã chuyển Sở GD&ĐT.", server.Sheet[nowAt, (int)SubmissionColumn.Answer]!.Value);
        Assert.AreEqual(1, Snapshot(server.Sheet).Count(c => c.Key.Row > 1 && c.Key.Column == (int)SubmissionColumn.Answer), "no other row got the answer");
    }

    [TestMethod]
    public async Task Rows_inserted_during_a_batch_do_not_send_later_answers_to_the_wrong_row()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 10);
        var inserted = false;
        server.AfterPatch = sheet =>
        {
            if (!inserted)
            {
                // After the first answer lands, a teacher inserts a row above the second submission.
                sheet.InsertRows(5, 1);
                inserted = true;
            }
        };

        var result = await Writer(server).UpdateAsync(
        [
            new SubmissionUpdate(FakeSubmissionSheet.Id(1), Answer: "Câu một."),
            new SubmissionUpdate(FakeSubmissionSheet.Id(8), Answer: "Câu tám."),
        ]);

        Assert.HasCount(2, result.Saved);
        Assert.AreEqual("Câu tám.", FakeSubmissionSheet.Value(server.Sheet, FakeSubmissionSheet.Id(8), SubmissionColumn.Answer));
        Assert.IsNull(server.Sheet[9, (int)SubmissionColumn.Answer], "the row where ID 8 used to be is untouched");
    }

    [TestMethod]
    public async Task A_row_moved_by_someone_between_write_and_check_is_not_reported_saved()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);
        server.AfterPatch = sheet => sheet.InsertRows(2, 1);

        var result = await Writer(server).UpdateAsync([new SubmissionUpdate(FakeSubmissionSheet.Id(2), Answer: "Trả lời.")]);

        Assert.HasCount(0, result.Saved);
        StringAssert.Contains(result.Failed.Single().Message, "chưa coi là đã lưu");
    }

    [TestMethod]
    public async Task Unknown_and_duplicated_ids_fail_with_a_reason_and_the_others_are_written()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);
        server.Sheet[6, 0] = FakeCell.Text(FakeSubmissionSheet.Id(1));

        var result = await Writer(server).UpdateAsync(
        [
            new SubmissionUpdate("2022-10-99999", Answer: "x"),
            new SubmissionUpdate(FakeSubmissionSheet.Id(1), Answer: "y"),
            new SubmissionUpdate(FakeSubmissionSheet.Id(2), Answer: "z"),
        ]);

        CollectionAssert.AreEqual(new[] { FakeSubmissionSheet.Id(2) }, result.Saved.ToArray());
        StringAssert.Contains(result.Failed[0].Message, "Không tìm thấy mã ý kiến 2022-10-99999");
        StringAssert.Contains(result.Failed[1].Message, "KienNghi!A2, KienNghi!A6");
    }

    [TestMethod]
    [DataRow(429)]
    [DataRow(503)]
    [DataRow(504)]
    public async Task A_busy_patch_is_retried_and_saved(int status)
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);
        server.Inject(new FakeFault(FakeFaultKind.Status, "PATCH", null, status, 0, Times: 2));

        var result = await Writer(server).UpdateAsync([new SubmissionUpdate(FakeSubmissionSheet.Id(2), Answer: "Được.")]);

        Assert.HasCount(1, result.Saved);
        Assert.AreEqual(3, server.Requests.Count(r => r.Method == "PATCH"));
    }

    [TestMethod]
    public async Task When_retries_give_up_nothing_is_reported_saved_and_the_reason_is_clear()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);
        server.Inject(FakeFault.Unavailable("PATCH", null, times: 10));

        var result = await Writer(server).UpdateAsync(
        [
            new SubmissionUpdate(FakeSubmissionSheet.Id(2), Answer: "Một."),
            new SubmissionUpdate(FakeSubmissionSheet.Id(3), Answer: "Hai."),
        ]);

        Assert.HasCount(0, result.Saved);
        Assert.IsFalse(result.Succeeded);
        StringAssert.Contains(result.Failed[0].Message, "Chưa lưu mã ý kiến 2022-10-00002: Microsoft 365 đang bận");
        StringAssert.Contains(result.Failed[1].Message, "dừng ghi vì lỗi ở ý kiến trước");
        Assert.AreEqual(4, server.Requests.Count(r => r.Method == "PATCH"), "the second one is not even tried");
        Assert.AreEqual(1, server.SessionsClosed);
    }

    [TestMethod]
    public async Task An_expired_session_is_created_again_and_the_write_saved()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 5);
        server.Inject(FakeFault.ExpireSession("PATCH"));

        var result = await Writer(server).UpdateAsync([new SubmissionUpdate(FakeSubmissionSheet.Id(2), Answer: "Sau khi phiên hết hạn.")]);

        Assert.HasCount(1, result.Saved);
        Assert.AreEqual(2, server.PersistentSessionsCreated);
        Assert.AreEqual("Sau khi phiên hết hạn.", server.Sheet[3, (int)SubmissionColumn.Answer]!.Value);
    }

    [TestMethod]
    public async Task Writers_of_the_same_workbook_take_turns()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 10);

        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(n =>
            Task.Run(() => Writer(server).UpdateAsync([new SubmissionUpdate(FakeSubmissionSheet.Id(n), Answer: $"Trả lời {n}.")]))));

        Assert.IsTrue(results.All(r => r.Saved.Count == 1));
        Assert.AreEqual(4, server.PersistentSessionsCreated);
        Assert.AreEqual(1, server.MostWritingSessionsAtOnce);
    }

    [TestMethod]
    public async Task Appended_submissions_go_to_the_end_of_the_table_as_text_and_date_serials()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 3);

        var result = await Writer(server).AppendAsync(
        [
            Raised("2022-10-T01", "=1+1 có phải là 2?"),
            Raised("2022-10-T02", "Xin thêm giờ tự học.") with { StudentName = "Giàng A Páo", IsAnonymous = true },
        ]);

        CollectionAssert.AreEqual(new[] { "2022-10-T01", "2022-10-T02" }, result.Saved.ToArray());
        Assert.AreEqual((1, 0, 6, 13), server.Sheet.Table);
        Assert.AreEqual("2022-10-T01", server.Sheet[5, 0]!.Value);
        Assert.AreEqual(44862d, server.Sheet[5, 1]!.Value, "28/10/2022 as a serial");
        Assert.AreEqual(FakeSubmissionSheet.DateFormat, server.Sheet.NumberFormat(5, 1));
        Assert.AreEqual("=1+1 có phải là 2?", server.Sheet[5, (int)SubmissionColumn.Content]!.Value);
        Assert.AreEqual("Trực tiếp", server.Sheet[6, (int)SubmissionColumn.Channel]!.Value);
        Assert.AreEqual("10/2022", server.Sheet[6, (int)SubmissionColumn.SessionMonth]!.Value);
        Assert.IsNull(server.Sheet[6, (int)SubmissionColumn.StudentName], "an anonymous student's name is not written");
        Assert.AreEqual("Có", server.Sheet[6, (int)SubmissionColumn.Anonymous]!.Value);
    }

    [TestMethod]
    public async Task An_id_given_twice_in_one_append_is_added_once()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 3);

        var result = await Writer(server).AppendAsync([Raised("2022-10-T01", "Một."), Raised("2022-10-t01", "Hai.")]);

        CollectionAssert.AreEqual(new[] { "2022-10-T01" }, result.Saved.ToArray());
        Assert.AreEqual("2022-10-t01", result.Failed.Single().Id);
        Assert.AreEqual(5, server.Sheet.UsedRange().LastRow);
    }

    [TestMethod]
    public async Task A_gateway_timeout_after_the_row_was_added_does_not_add_it_twice()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 3);
        server.Inject(FakeFault.GatewayTimeoutAfterApplying("POST", "rows/add"));

        var result = await Writer(server).AppendAsync([Raised("2022-10-T01", "Câu hỏi tại buổi.")]);

        CollectionAssert.AreEqual(new[] { "2022-10-T01" }, result.Saved.ToArray());
        Assert.AreEqual(1, server.Requests.Count(r => r.Path.EndsWith("rows/add", StringComparison.Ordinal)), "not repeated: the row was there");
        Assert.AreEqual(5, server.Sheet.UsedRange().LastRow);
    }

    [TestMethod]
    public async Task A_busy_add_that_did_not_happen_is_tried_again()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 3);
        server.Inject(FakeFault.GatewayTimeout("POST", "rows/add"));
        server.Inject(FakeFault.Drop("POST", "rows/add"));

        var result = await Writer(server).AppendAsync([Raised("2022-10-T01", "Câu hỏi tại buổi.")]);

        CollectionAssert.AreEqual(new[] { "2022-10-T01" }, result.Saved.ToArray());
        Assert.AreEqual(3, server.Requests.Count(r => r.Path.EndsWith("rows/add", StringComparison.Ordinal)));
        Assert.AreEqual(5, server.Sheet.UsedRange().LastRow);
    }

    [TestMethod]
    public async Task An_add_that_stays_busy_is_reported_not_saved_and_appending_again_later_adds_it_once_only()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 3);
        server.Inject(FakeFault.Unavailable("POST", "rows/add", times: 3));

        var failed = await Writer(server).AppendAsync([Raised("2022-10-T01", "Câu hỏi.")]);
        var again = await Writer(server).AppendAsync([Raised("2022-10-T01", "Câu hỏi.")]);
        var third = await Writer(server).AppendAsync([Raised("2022-10-T01", "Câu hỏi.")]);

        Assert.HasCount(0, failed.Saved);
        StringAssert.Contains(failed.Failed.Single().Message, "Microsoft 365 đang bận");
        Assert.HasCount(1, again.Saved);
        StringAssert.Contains(third.Failed.Single().Message, "đã có trong sổ", "an ID already in the sheet is never added twice");
        Assert.AreEqual(5, server.Sheet.UsedRange().LastRow);
    }

    private static GraphWorkbookWriter Writer(FakeGraphServer server) => new(FakeGraphClient.For(server), ById, addRetryDelay: TimeSpan.Zero);

    private static Submission Raised(string id, string content) => new()
    {
        Id = id,
        ReceivedOn = new LocalDate(2022, 10, 28),
        Cohort = Cohort.Day,
        ClassOrRoom = "11A2",
        Topic = "Hoạt động giáo dục",
        Content = content,
        Channel = SubmissionChannel.Direct,
        SessionMonth = new YearMonth(2022, 10),
        Status = SubmissionStatus.New,
    };

    private static Dictionary<(int Row, int Column), object> Snapshot(FakeWorksheet sheet)
    {
        var used = sheet.UsedRange();
        var cells = new Dictionary<(int, int), object>();
        for (var row = used.FirstRow; row <= used.LastRow; row++)
        {
            for (var column = used.FirstColumn; column <= used.LastColumn; column++)
            {
                if (sheet[row, column] is { } cell)
                {
                    cells[(row, column)] = cell.Value;
                }
            }
        }

        return cells;
    }
}
