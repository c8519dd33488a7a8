using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks.Graph;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workbooks.Graph;

/// <summary>Transactions on a workbook in Microsoft 365 (the loopback fake): one at a time in the process, each planned from a read inside it.</summary>
[TestClass]
public sealed class GraphWorkbookStoreTests
{
    private static readonly GraphWorkbookLocation ById = GraphWorkbookLocation.ById(FakeGraphServer.DriveId, FakeGraphServer.ItemId);

    private static Submission Raised(string id) => new()
    {
        Id = id,
        ReceivedOn = new LocalDate(2022, 10, 28),
        Cohort = Cohort.Day,
        ClassOrRoom = "10A1",
        Topic = "Khác",
        Content = "Câu hỏi tại buổi " + id,
        Channel = SubmissionChannel.Direct,
        SessionMonth = new YearMonth(2022, 10),
        Status = SubmissionStatus.New,
    };

    [TestMethod]
    public async Task Two_transactions_at_once_on_one_workbook_both_land_and_the_second_plans_from_the_first_ones_rows()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 30);

        // As the add-in host does: a client per request, the same workbook.
        async Task<WriteBackResult> Write(int n)
        {
            var store = new GraphWorkbookStore(FakeGraphClient.For(server), ById);
            await using var transaction = await store.BeginAsync();
            var next = 1;
            await foreach (var row in transaction.Source.ReadSubmissionRowsAsync())
            {
                next += row.Cells.Any(c => c.Column == 0 && c.Text?.StartsWith("MOI-", StringComparison.Ordinal) == true) ? 1 : 0;
            }

            return await transaction.CommitAsync(new WriteBatch(
                [new SubmissionUpdate(FakeSubmissionSheet.Id(n), SubmissionStatus.Answered, $"Trả lời của lần ghi {n}.", "Hiệu trưởng")],
                [Raised($"MOI-{next:00}")]));
        }

        var results = await Task.WhenAll(Task.Run(() => Write(3)), Task.Run(() => Write(7)));

        foreach (var result in results)
        {
            Assert.IsTrue(result.Succeeded, string.Join("; ", result.Failed));
            Assert.HasCount(1, result.Saved);
            Assert.HasCount(1, result.Added);
        }

        Assert.AreEqual("Trả lời của lần ghi 3.", FakeSubmissionSheet.Value(server.Sheet, FakeSubmissionSheet.Id(3), SubmissionColumn.Answer));
        Assert.AreEqual("Trả lời của lần ghi 7.", FakeSubmissionSheet.Value(server.Sheet, FakeSubmissionSheet.Id(7), SubmissionColumn.Answer));
        Assert.AreNotEqual(0, FakeSubmissionSheet.RowOf(server.Sheet, "MOI-01"));
        Assert.AreNotEqual(0, FakeSubmissionSheet.RowOf(server.Sheet, "MOI-02"), "the second write read the first one's row inside its turn");
        Assert.AreEqual(1, server.MostWritingSessionsAtOnce, "writes to one workbook never overlap");
    }

    [TestMethod]
    public async Task A_transaction_that_cannot_get_its_turn_gives_up_in_time_with_WORKBOOK_BUSY()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 3);
        await using var first = await new GraphWorkbookStore(FakeGraphClient.For(server), ById).BeginAsync();

        var busy = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => new GraphWorkbookStore(FakeGraphClient.For(server), ById, TimeSpan.FromMilliseconds(200)).BeginAsync());

        Assert.AreEqual(ErrorCodes.WorkbookBusy, busy.Code);
        StringAssert.Contains(busy.Message, "đang được ghi");
    }
}
