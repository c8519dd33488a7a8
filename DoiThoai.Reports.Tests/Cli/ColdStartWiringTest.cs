using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Tests.Documents;
using DoiThoai.Reports.Tests.TestTools;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Cli;

/// <summary>
/// What keeps a cold <c>doithoai</c> process short, checked on the real process: a local workbook never loads the
/// Microsoft 365 libraries, and the built command runs without dynamic PGO (docs/benchmarks.md). Both are about the
/// JIT, so they look at the build, also where the tests are given the Native AOT publish.
/// </summary>
[TestClass]
public sealed class ColdStartWiringTest
{
    [TestMethod]
    public async Task A_local_workbook_check_loads_no_Microsoft_365_library()
    {
        var dir = Directory.CreateTempSubdirectory("doithoai-coldstart-");
        try
        {
            var workbook = Path.Combine(dir.FullName, "so.xlsx");
            WorkbookTemplate.Create(workbook, DocumentTestData.Profile, SampleSubmissions.Sample(DocumentTestData.Profile, DocumentTestData.Calendar));
            using var process = CliProcess.StartBuild(new Dictionary<string, string> { ["DOITHOAI_TIMINGS"] = "assemblies" }, "workbook", "check", "--workbook", workbook);
            var (exit, output, error) = await process.WaitAsync();
            Assert.AreNotEqual(2, exit, output + error);

            var loaded = error.Split('\n').Where(l => l.StartsWith("[assembly] ", StringComparison.Ordinal)).Select(l => l["[assembly] ".Length..].Trim()).ToList();
            CollectionAssert.Contains(loaded, "DoiThoai.Reports", "the list is printed");
            CollectionAssert.Contains(loaded, "DocumentFormat.OpenXml");
            var microsoft365 = loaded.Where(n => n.StartsWith("Microsoft.Graph", StringComparison.Ordinal) || n.StartsWith("Microsoft.Kiota", StringComparison.Ordinal)
                || n.StartsWith("Azure.", StringComparison.Ordinal) || n.StartsWith("Microsoft.Identity", StringComparison.Ordinal)).ToList();
            Assert.IsEmpty(microsoft365, string.Join(", ", microsoft365));
            StringAssert.Contains(error, "[timing] workbook read");
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [TestMethod]
    public void The_command_runs_without_dynamic_PGO()
    {
        var config = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "doithoai.runtimeconfig.json"));
        StringAssert.Contains(config, "\"System.Runtime.TieredPGO\": false");
    }
}
