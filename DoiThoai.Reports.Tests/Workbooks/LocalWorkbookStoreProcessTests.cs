using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
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
        WorkbookTemplate.Create(original, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 3000));
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
        WorkbookTemplate.Create(original, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 3000));
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
}
