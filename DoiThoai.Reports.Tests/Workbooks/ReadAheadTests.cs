using System.Text;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Workbooks;

[TestClass]
public sealed class ReadAheadTests
{
    [TestMethod]
    public async Task Every_item_arrives_in_order_read_on_another_thread()
    {
        var readerThread = 0;
        IEnumerable<int> Numbers(CancellationToken ct)
        {
            readerThread = Environment.CurrentManagedThreadId;
            for (var i = 0; i < 10_000; i++)
            {
                yield return i;
            }
        }

        var seen = new List<int>();
        await foreach (var n in ReadAhead.ItemsAsync(Numbers))
        {
            seen.Add(n);
        }

        CollectionAssert.AreEqual(Enumerable.Range(0, 10_000).ToList(), seen);
        Assert.AreNotEqual(Environment.CurrentManagedThreadId, readerThread);
    }

    [TestMethod]
    public async Task The_readers_exception_comes_after_the_items_it_read_before_it()
    {
        IEnumerable<int> Failing(CancellationToken ct)
        {
            for (var i = 0; i < 1_000; i++)
            {
                yield return i;
            }

            throw new WorkbookAccessException("hàng 1001 vượt giới hạn");
        }

        var seen = 0;
        var ex = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(async () =>
        {
            await foreach (var _ in ReadAhead.ItemsAsync(Failing))
            {
                seen++;
            }
        });

        Assert.AreEqual(1_000, seen);
        Assert.AreEqual("hàng 1001 vượt giới hạn", ex.Message);
    }

    [TestMethod]
    public async Task Stopping_early_stops_the_reader_before_the_enumeration_is_disposed()
    {
        var closed = false;
        IEnumerable<int> Endless(CancellationToken ct)
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                closed = true;
            }
        }

        await foreach (var n in ReadAhead.ItemsAsync(Endless))
        {
            if (n == 3)
            {
                break;
            }
        }

        Assert.IsTrue(closed, "the reader's finally (closing the file) has run when the loop is left");
    }

    [TestMethod]
    public async Task A_slow_consumer_holds_the_reader_a_bounded_number_of_items_ahead()
    {
        var produced = 0;
        IEnumerable<int> Counting(CancellationToken ct)
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                Interlocked.Increment(ref produced);
                yield return i;
            }
        }

        await using var items = ReadAhead.ItemsAsync(Counting).GetAsyncEnumerator();
        Assert.IsTrue(await items.MoveNextAsync());

        // Wait until the reader stalls on the full queue.
        var last = -1;
        while (Volatile.Read(ref produced) != last)
        {
            last = Volatile.Read(ref produced);
            await Task.Delay(200);
        }

        Assert.IsLessThan(20 * 256, last, $"the reader ran {last} items ahead");
    }

    [TestMethod]
    public async Task Cancelling_stops_the_read_with_OperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        IEnumerable<int> Endless(CancellationToken ct)
        {
            for (var i = 0; ; i++)
            {
                ct.ThrowIfCancellationRequested();
                yield return i;
            }
        }

        await Assert.ThrowsAsync<OperationCanceledException>(async () =>
        {
            await foreach (var n in ReadAhead.ItemsAsync(Endless, cancel.Token))
            {
                if (n == 500)
                {
                    await cancel.CancelAsync();
                }
            }
        });
    }

    [TestMethod]
    public async Task A_workbook_read_left_early_is_closed_when_the_loop_ends()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("so.xlsx");
        var rows = new StringBuilder();
        for (var r = 1; r <= 5_000; r++)
        {
            rows.Append($"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>hàng {r}</t></is></c></row>");
        }

        XlsxFixture.WriteSheet(path, rows.ToString());

        await foreach (var row in new LocalWorkbookSource(path).ReadSubmissionRowsAsync())
        {
            Assert.AreEqual("hàng 1", row.Cells[0].Text);
            break;
        }

        // .NET takes an advisory lock for FileShare on Linux: an exclusive open fails while the reader holds the file.
        using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.IsTrue(exclusive.CanWrite);
    }
}
