using System.Diagnostics;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Tests.TestTools;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>Real <c>doithoai</c> processes writing one workbook: at the same time, and killed midway.</summary>
[TestClass]
public sealed class LocalWorkbookStoreProcessTests
{
    private static async Task<Dictionary<string, Submission>> ReadAll(string path)
    {
        var result = await SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(path), TestProfiles.Profile, TestProfiles.Calendar);
        Assert.AreEqual(0, result.Rejected, string.Join("\n", result.Findings));
        return result.Submissions.ToDictionary(s => s.Id);
    }

    private static void AssertHolds(Dictionary<string, Submission> rows, FilledMinutes minutes)
    {
        foreach (var (id, answer) in minutes.Answers)
        {
            Assert.AreEqual(answer, rows[id].Answer, $"the answer to {id} from {minutes.SessionId} was lost");
        }

        foreach (var question in minutes.OnTheSpot)
        {
            Assert.AreEqual(1, rows.Values.Count(s => s.Content == question), $"on-the-spot question '{question}' should be in the workbook once");
        }
    }

    [TestMethod]
    public async Task Two_imports_of_different_sessions_started_together_both_succeed_and_keep_every_answer()
    {
        using var dir = new TemporaryDirectory();
        var original = dir.File("goc.xlsx");
        WorkbookTemplate.Create(original, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 1500));
        var day = await FilledMinutes.CreateAsync(original, "2022-10-day", "A");
        var boarding = await FilledMinutes.CreateAsync(original, "2022-10-semi-boarding", "B");
        Assert.IsTrue(day.Answers.Count > 5 && boarding.Answers.Count > 5);
        var dayFile = day.SaveIn(dir.Path);
        var boardingFile = boarding.SaveIn(dir.Path);

        for (var round = 0; round < 4; round++)
        {
            var workbook = dir.File($"so-{round}.xlsx");
            File.Copy(original, workbook);
            using var first = CliProcess.Start("minutes", "import", "--file", dayFile, "--workbook", workbook);
            using var second = CliProcess.Start("minutes", "import", "--file", boardingFile, "--workbook", workbook);
            var results = await Task.WhenAll(first.WaitAsync(), second.WaitAsync());

            foreach (var (exit, output, error) in results)
            {
                Assert.AreEqual(0, exit, $"round {round}: {output}{error}");
            }

            var rows = await ReadAll(workbook);
            AssertHolds(rows, day);
            AssertHolds(rows, boarding);
            Assert.IsEmpty(Directory.GetFiles(dir.Path, "*.tmp"), $"round {round}: temporary files left behind");
        }
    }

    [TestMethod]
    public async Task Two_imports_of_the_same_minutes_started_together_both_succeed_and_add_each_question_once()
    {
        using var dir = new TemporaryDirectory();
        var original = dir.File("goc.xlsx");
        WorkbookTemplate.Create(original, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 1500));
        var day = await FilledMinutes.CreateAsync(original, "2022-11-day", "C", onTheSpot: 3);
        var file = day.SaveIn(dir.Path);

        for (var round = 0; round < 3; round++)
        {
            var workbook = dir.File($"so-{round}.xlsx");
            File.Copy(original, workbook);
            using var first = CliProcess.Start("minutes", "import", "--file", file, "--workbook", workbook);
            using var second = CliProcess.Start("minutes", "import", "--file", file, "--workbook", workbook);
            var results = await Task.WhenAll(first.WaitAsync(), second.WaitAsync());

            foreach (var (exit, output, error) in results)
            {
                Assert.AreEqual(0, exit, $"round {round}: {output}{error}");
            }

            AssertHolds(await ReadAll(workbook), day);
        }
    }

    [TestMethod]
    public async Task An_import_killed_at_any_moment_leaves_the_old_workbook_or_the_new_one_and_the_next_write_leaves_nothing_behind()
    {
        using var dir = new TemporaryDirectory();
        var original = dir.File("goc.xlsx");
        WorkbookTemplate.Create(original, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 8_000));
        var minutes = await FilledMinutes.CreateAsync(original, "2022-10-day", "K", onTheSpot: 20);
        Assert.IsGreaterThan(300, minutes.Answers.Count, "a big batch");
        var file = minutes.SaveIn(dir.Path);
        var oldRows = Snapshot(original);

        // The whole import once, to know what "new" is and how long it takes.
        var reference = dir.File("tham-chieu.xlsx");
        File.Copy(original, reference);
        var clock = Stopwatch.StartNew();
        var (exit, output, error) = await CliProcess.RunAsync("minutes", "import", "--file", file, "--workbook", reference);
        var duration = clock.Elapsed;
        Assert.AreEqual(0, exit, output + error);
        var newRows = Snapshot(reference);
        AssertHolds(await ReadAll(reference), minutes);

        const int Rounds = 10;
        var random = new Random(20221028);
        var (old, @new, leftovers) = (0, 0, 0);
        var workbook = dir.File("so.xlsx");
        const string Pattern = ".so.xlsx.*.tmp";
        for (var round = 0; round < Rounds; round++)
        {
            File.Copy(original, workbook, overwrite: true);
            using (var process = CliProcess.Start("minutes", "import", "--file", file, "--workbook", workbook))
            {
                if (round % 3 == 0)
                {
                    // Anywhere: spread over the whole run, start-up to rename, and a little past it.
                    await Task.Delay(duration * ((round + random.NextDouble()) / Rounds * 1.1));
                }
                else
                {
                    // Inside the write itself, however loaded the machine: once the copy exists (and a moment later) …
                    while (!process.HasExited && Directory.GetFiles(dir.Path, Pattern).Length == 0)
                    {
                        await Task.Delay(2);
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(round == 1 ? 0 : random.Next(0, 300)));

                    // … or once it has been renamed over the workbook, before the process ends.
                    while (round % 3 == 2 && !process.HasExited && Directory.GetFiles(dir.Path, Pattern).Length > 0)
                    {
                        await Task.Delay(2);
                    }
                }

                process.Kill();
            }

            var bytesUnchanged = File.ReadAllBytes(workbook).AsSpan().SequenceEqual(File.ReadAllBytes(original));
            var rows = Snapshot(workbook);
            if (bytesUnchanged)
            {
                old++;
            }
            else
            {
                CollectionAssert.AreEqual(newRows, rows, $"round {round}: the workbook is neither the old one nor the new one");
                @new++;
            }

            leftovers += Directory.GetFiles(dir.Path, Pattern).Length > 0 ? 1 : 0;

            // The next write (here: one answer, in this process) clears what the killed one left.
            await using (var transaction = await new LocalWorkbookStore(workbook).BeginAsync())
            {
                var result = await transaction.CommitAsync(new WriteBatch([new SubmissionUpdate(minutes.Answers.Keys.First(), Answer: $"Lần ghi sau, vòng {round}")], []));
                Assert.IsTrue(result.Succeeded, string.Join("; ", result.Failed));
            }

            Assert.IsEmpty(Directory.GetFiles(dir.Path, Pattern), $"round {round}: a temporary copy was left after the next write");
        }

        Assert.AreEqual(Rounds, old + @new);
        Assert.IsGreaterThan(0, old, "some kills should land before the rename");
        Assert.IsGreaterThan(0, @new, "some kills should land after it");
        Assert.IsGreaterThan(0, leftovers, "some kills should land while the copy was being written (else the test proves less than it says)");
        CollectionAssert.AreNotEqual(oldRows, newRows);
    }

    [TestMethod]
    public async Task An_import_waits_while_another_process_writes_and_then_succeeds()
    {
        using var dir = new TemporaryDirectory();
        var workbook = dir.File("so.xlsx");
        WorkbookTemplate.Create(workbook, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 400));
        var minutes = await FilledMinutes.CreateAsync(workbook, "2022-10-day", "W");
        var file = minutes.SaveIn(dir.Path);

        // This test process is the other writer: it holds the workbook as any DoiThoai process would.
        var held = await new LocalWorkbookStore(workbook).BeginAsync();
        using var import = CliProcess.Start("minutes", "import", "--file", file, "--workbook", workbook);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var waited = !import.HasExited;
        await held.DisposeAsync();
        var (exit, output, error) = await import.WaitAsync(TimeSpan.FromSeconds(LocalWorkbookStore.DefaultLockWait.TotalSeconds + 60));

        Assert.IsTrue(waited, "the import should wait for the workbook, not write beside another writer");
        Assert.AreEqual(0, exit, output + error);
        AssertHolds(await ReadAll(workbook), minutes);
    }

    [TestMethod]
    public async Task An_import_into_a_workbook_open_in_Excel_exits_2_with_a_Vietnamese_message_and_writes_nothing()
    {
        using var dir = new TemporaryDirectory();
        var workbook = dir.File("so.xlsx");
        WorkbookTemplate.Create(workbook, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 200));
        var file = (await FilledMinutes.CreateAsync(workbook, "2022-10-day", "E")).SaveIn(dir.Path);
        var bytes = await File.ReadAllBytesAsync(workbook);
        await File.WriteAllTextAsync(dir.File("~$so.xlsx"), "Cô Lò Thị Mai");

        var (exit, _, error) = await CliProcess.RunAsync("minutes", "import", "--file", file, "--workbook", workbook);

        Assert.AreEqual(2, exit, error);
        StringAssert.StartsWith(error.Trim(), "Lỗi: Sổ '" + workbook + "' đang được mở để sửa trong Excel hoặc LibreOffice");
        StringAssert.Contains(error, "~$so.xlsx");
        CollectionAssert.AreEqual(bytes, await File.ReadAllBytesAsync(workbook));
        Assert.IsEmpty(Directory.GetFiles(dir.Path, "*.tmp"));
    }

    /// <summary>Every row as our reader reads it, one line per row, for comparing whole workbooks.</summary>
    private static List<string> Snapshot(string path) =>
        new LocalWorkbookSource(path).ReadRows().Select(r => $"{r.RowNumber}|{r.IsHidden}|" + string.Join("|", r.Cells.Select(c => $"{c.Column}:{c.Kind}:{c.Text}:{c.Number}"))).ToList();
}
