using System.Diagnostics;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Tests.TestTools;
using DoiThoai.Reports.Workbooks;
using DoiThoai.Reports.Workspace;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>The local store's transactions: one write at a time, bounded waits, editors respected, nothing lost or left over.</summary>
[TestClass]
public sealed class LocalWorkbookStoreTests
{
    private static string Sample(TemporaryDirectory dir, int rows = 200, string name = "so.xlsx")
    {
        var path = dir.File(name);
        WorkbookTemplate.Create(path, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, rows));
        return path;
    }

    private static async Task<Dictionary<string, Submission>> ReadAll(string path) =>
        (await SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(path), TestProfiles.Profile, TestProfiles.Calendar)).Submissions.ToDictionary(s => s.Id);

    private static Submission NewRow(string id) => new()
    {
        Id = id,
        ReceivedOn = new LocalDate(2022, 10, 28),
        ReceivedAt = new LocalTime(14, 30),
        Cohort = Reports.Schools.Cohort.Day,
        ClassOrRoom = "10A1",
        Topic = "Khác",
        Content = "Câu hỏi tại buổi " + id,
        Channel = SubmissionChannel.Direct,
        SessionMonth = new YearMonth(2022, 10),
        Status = SubmissionStatus.New,
    };

    [TestMethod]
    public async Task Many_transactions_at_once_in_one_process_all_land_each_planned_from_the_rows_as_they_are()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir);
        var ids = (await ReadAll(path)).Keys.Order(StringComparer.Ordinal).Take(12).ToList();
        var store = new LocalWorkbookStore(path);

        // Each adds the next free number after re-reading inside its hold, as the minutes import does.
        async Task<WriteBackResult> Write(int i)
        {
            await using var transaction = await store.BeginAsync();
            var rows = await SubmissionSheetReader.ReadAsync(transaction.Source, TestProfiles.Profile, TestProfiles.Calendar);
            var next = rows.Submissions.Count(s => s.Id.StartsWith("MOI-", StringComparison.Ordinal)) + 1;
            return await transaction.CommitAsync(new WriteBatch([new SubmissionUpdate(ids[i], SubmissionStatus.Answered, $"Trả lời số {i}")], [NewRow($"MOI-{next:00}")]));
        }

        var results = await Task.WhenAll(Enumerable.Range(0, ids.Count).Select(i => Task.Run(() => Write(i))));

        Assert.IsTrue(results.All(r => r.Succeeded && r.Saved.Count == 1 && r.Added.Count == 1), string.Join("; ", results.SelectMany(r => r.Failed)));
        var read = await ReadAll(path);
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.AreEqual($"Trả lời số {i}", read[ids[i]].Answer);
        }

        CollectionAssert.AreEquivalent(Enumerable.Range(1, ids.Count).Select(n => $"MOI-{n:00}").ToArray(), read.Keys.Where(k => k.StartsWith("MOI-", StringComparison.Ordinal)).ToArray());
        Assert.IsEmpty(Directory.GetFiles(dir.Path, "*.tmp"));
    }

    [TestMethod]
    public async Task A_second_transaction_waits_for_the_first_and_then_sees_what_it_wrote()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir, 20);
        var store = new LocalWorkbookStore(path);
        var first = await store.BeginAsync();
        var second = store.BeginAsync();

        await Task.Delay(500);
        Assert.IsFalse(second.IsCompleted, "the second write must wait while the first holds the workbook");
        await first.CommitAsync(new WriteBatch([], [NewRow("MOI-01")]));
        await first.DisposeAsync();
        await using var held = await second.WaitAsync(TimeSpan.FromSeconds(10));

        var rows = await SubmissionSheetReader.ReadAsync(held.Source, TestProfiles.Profile, TestProfiles.Calendar);
        Assert.IsTrue(rows.Submissions.Any(s => s.Id == "MOI-01"), "read inside the hold, the rows include the first write");
    }

    [TestMethod]
    public async Task A_write_that_cannot_get_its_turn_gives_up_in_time_with_WORKBOOK_BUSY()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir, 5);
        await using var first = await new LocalWorkbookStore(path).BeginAsync();

        var clock = Stopwatch.StartNew();
        var busy = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => new LocalWorkbookStore(path, TimeSpan.FromMilliseconds(300)).BeginAsync());

        Assert.AreEqual(ErrorCodes.WorkbookBusy, busy.Code);
        StringAssert.Contains(busy.Message, path);
        StringAssert.Contains(busy.Message, "đang được ghi");
        Assert.IsLessThan(TimeSpan.FromSeconds(5), clock.Elapsed);
    }

    [TestMethod]
    public async Task A_lock_held_by_another_process_is_waited_for_within_the_bound()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir, 5);

        // What another DoiThoai process holds while it writes: the lock file, opened without sharing.
        var other = new FileStream(LocalWorkbookLock.LockFileOf(path), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var busy = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => new LocalWorkbookStore(path, TimeSpan.FromMilliseconds(300)).BeginAsync());
        Assert.AreEqual(ErrorCodes.WorkbookBusy, busy.Code);

        var waiting = new LocalWorkbookStore(path, TimeSpan.FromSeconds(10)).BeginAsync();
        await Task.Delay(300);
        Assert.IsFalse(waiting.IsCompleted);
        other.Dispose();
        await using var held = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.IsTrue(File.Exists(LocalWorkbookLock.LockFileOf(path)), "the lock file stays beside the workbook");
        if (OperatingSystem.IsWindows())
        {
            Assert.IsTrue(File.GetAttributes(LocalWorkbookLock.LockFileOf(path)).HasFlag(FileAttributes.Hidden));
        }
    }

    [TestMethod]
    [DataRow("~$so-tong-hop.xlsx", "Excel")]
    [DataRow("~$-tong-hop.xlsx", "Office's shortened form of a long name")]
    [DataRow(".~lock.so-tong-hop.xlsx#", "LibreOffice")]
    public async Task A_workbook_open_in_an_editor_is_not_written_and_the_message_says_what_to_do(string ownerFile, string editor)
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir, 5, "so-tong-hop.xlsx");
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllTextAsync(dir.File(ownerFile), "giáo viên");

        var refused = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(() => new LocalWorkbookWriter(path).UpdateAsync([new SubmissionUpdate("2022-09-001", Answer: "Trả lời")]), editor);

        Assert.AreEqual(ErrorCodes.WorkbookOpenInEditor, refused.Code);
        StringAssert.Contains(refused.Message, "đang được mở để sửa");
        StringAssert.Contains(refused.Message, ownerFile);
        StringAssert.Contains(refused.Message, "lưu và đóng sổ rồi thử lại");
        CollectionAssert.AreEqual(bytes, await File.ReadAllBytesAsync(path));
        File.Delete(dir.File(ownerFile));
        var written = await new LocalWorkbookWriter(path).UpdateAsync([new SubmissionUpdate("2022-09-001", Answer: "Trả lời")]);
        Assert.HasCount(1, written.Saved, "once the editor closes, the write goes through");
    }

    [TestMethod]
    [DataRow("so.xlsx", new[] { "~$so.xlsx", ".~lock.so.xlsx#" })]
    [DataRow("sotonghp.xlsx", new[] { "~$sotonghp.xlsx", "~$tonghp.xlsx", ".~lock.sotonghp.xlsx#" })]
    [DataRow("so-2022.xlsx", new[] { "~$so-2022.xlsx", "~$o-2022.xlsx", ".~lock.so-2022.xlsx#" })]
    [DataRow("sổ tổng hợp.xlsx", new[] { "~$sổ tổng hợp.xlsx", "~$ tổng hợp.xlsx", ".~lock.sổ tổng hợp.xlsx#" })]
    public void Owner_file_names_follow_Office_and_LibreOffice(string workbook, string[] expected) =>
        CollectionAssert.AreEqual(expected, EditorOwnerFiles.NamesFor(workbook).ToArray());

    [TestMethod]
    public async Task A_killed_writers_temporary_copy_is_removed_by_the_next_holder()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir, 5);
        var leftover = dir.File($".so.xlsx.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(leftover, "nửa tệp");
        var unrelated = dir.File(".khac.xlsx.0000.tmp");
        await File.WriteAllTextAsync(unrelated, "của sổ khác");

        await using (await new LocalWorkbookStore(path).BeginAsync())
        {
            Assert.IsFalse(File.Exists(leftover));
        }

        Assert.IsTrue(File.Exists(unrelated), "only this workbook's copies are removed");
    }

    [TestMethod]
    public async Task Rows_a_teacher_added_and_changed_in_another_program_just_before_the_import_survive_it()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir, 300);
        var minutes = await FilledMinutes.CreateAsync(path, "2022-10-day", "T", onTheSpot: 1);
        var changedId = (await ReadAll(path)).Values.First(s => s.SessionMonth != new YearMonth(2022, 10)).Id;

        // The teacher's program (openpyxl, not ours) saves the workbook after the minutes were made.
        TeacherEditsWithOpenpyxl(path, changedId, "Nội dung giáo viên sửa lại.", "2022-10-950", "Ý kiến giáo viên vừa thêm.");

        var workspace = new SchoolWorkspace(TestProfiles.Profile, new LocalWorkbookStore(path), SystemClock.Instance);
        var outcome = await workspace.ImportMinutesAsync(Reports.Documents.Minutes.MinutesReader.Read(new MemoryStream(minutes.Docx)), null);

        Assert.IsTrue(outcome.Succeeded, string.Join("; ", outcome.Failed));
        var read = await ReadAll(path);
        Assert.AreEqual("Nội dung giáo viên sửa lại.", read[changedId].Content);
        Assert.AreEqual("Ý kiến giáo viên vừa thêm.", read["2022-10-950"].Content);
        foreach (var (id, answer) in minutes.Answers)
        {
            Assert.AreEqual(answer, read[id].Answer);
        }

        var question = read.Values.Single(s => s.Content == minutes.OnTheSpot[0]);
        Assert.AreNotEqual("2022-10-950", question.Id, "the new row takes a number the teacher has not used");
    }

    [TestMethod]
    public async Task Creating_a_workbook_over_one_being_written_waits_for_its_turn()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir, 5);
        var store = new LocalWorkbookStore(path);
        var held = await store.BeginAsync();

        var busy = Assert.ThrowsExactly<WorkbookAccessException>(() => LocalWorkbookStore.Create(path, overwrite: true, _ => Assert.Fail("written while held"), TimeSpan.FromMilliseconds(200)));
        Assert.AreEqual(ErrorCodes.WorkbookBusy, busy.Code);

        await held.DisposeAsync();
        LocalWorkbookStore.Create(path, overwrite: true, stream => WorkbookTemplate.Create(stream, TestProfiles.Profile, []));
        Assert.HasCount(1, new LocalWorkbookSource(path).ReadRows().ToList());
        Assert.IsEmpty(Directory.GetFiles(dir.Path, "*.tmp"));
    }

    [TestMethod]
    public async Task A_workbook_reached_through_a_symbolic_link_is_written_and_the_link_stays_a_link()
    {
        using var dir = new TemporaryDirectory();
        var path = Sample(dir, 5, "that.xlsx");
        var link = dir.File("lien-ket.xlsx");
        try
        {
            File.CreateSymbolicLink(link, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Assert.Inconclusive("This machine does not let the tests make symbolic links.");
        }

        var result = await new LocalWorkbookWriter(link).UpdateAsync([new SubmissionUpdate("2022-09-001", Answer: "Qua liên kết")]);

        Assert.HasCount(1, result.Saved);
        Assert.IsNotNull(new FileInfo(link).LinkTarget, "the link is still a link");
        Assert.AreEqual("Qua liên kết", (await ReadAll(path))["2022-09-001"].Answer);
    }

    private static void TeacherEditsWithOpenpyxl(string path, string changedId, string newContent, string addedId, string addedContent)
    {
        var script = $$"""
            import openpyxl, datetime, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["KienNghi"]
            for row in ws.iter_rows(min_row=2):
                if row[0].value == sys.argv[2]:
                    row[5].value = sys.argv[3]
            last = ws.max_row + 1
            values = [sys.argv[4], datetime.datetime(2022, 10, 20), "Học sinh khác", "10A1", "Khác", sys.argv[5], None, "Không", "Thư điện tử", "GVCN 10A1", "10/2022", "Mới"]
            for column, value in enumerate(values, start=1):
                ws.cell(row=last, column=column, value=value)
            ws.cell(row=last, column=2).number_format = "dd/mm/yyyy"
            wb.save(sys.argv[1])
            """;
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python) { RedirectStandardError = true };
        foreach (var arg in new[] { "-c", script, path, changedId, newContent, addedId, addedContent })
        {
            start.ArgumentList.Add(arg);
        }

        Process? process = null;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }

        if (process is null)
        {
            Assert.Inconclusive("python3 is not installed.");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (error.Contains("No module named 'openpyxl'", StringComparison.Ordinal) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Inconclusive("openpyxl is not installed.");
            }

            Assert.AreEqual(0, process.ExitCode, error);
        }
    }
}
