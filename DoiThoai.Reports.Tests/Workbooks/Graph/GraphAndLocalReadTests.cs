using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks;
using DoiThoai.Reports.Workbooks.Graph;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workbooks.Graph;

/// <summary>One workbook, two sources: the local .xlsx reader and Graph (over the fake holding the same cells) must give the parser the same sheet.</summary>
[TestClass]
public sealed class GraphAndLocalReadTests
{
    [TestMethod]
    public async Task The_sample_workbook_read_through_graph_gives_the_same_submissions_and_findings_as_the_local_file()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("so-tong-hop.xlsx");
        var submissions = SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 120).ToList();

        // A few rows the parser must complain about, so findings are compared too.
        submissions.Add(submissions[3] with { Topic = "Chủ đề không có trong danh mục" });
        submissions.Add(submissions[5]);
        submissions.Add(submissions[7] with { Id = "2023-99-001", Content = "", ReceivedOn = new LocalDate(2023, 6, 30) });
        WorkbookTemplate.Create(path, TestProfiles.Profile, submissions);

        var local = new LocalWorkbookSource(path);
        var expected = await SubmissionSheetReader.ReadAsync(local, TestProfiles.Profile, TestProfiles.Calendar);
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Load(server.Sheet, local.ReadRows());
        var graph = new GraphWorkbookSource(FakeGraphClient.For(server), GraphWorkbookLocation.ByPath(FakeGraphServer.DriveId, FakeGraphServer.ItemPath), firstBlockRows: 50);

        var actual = await SubmissionSheetReader.ReadAsync(graph, TestProfiles.Profile, TestProfiles.Calendar);

        Assert.IsGreaterThan(0, expected.Findings.Count, "the bad rows give findings");
        Assert.AreEqual(123, expected.RowsRead);
        CollectionAssert.AreEqual(expected.Submissions.ToArray(), actual.Submissions.ToArray());
        CollectionAssert.AreEqual(expected.Findings.ToArray(), actual.Findings.ToArray());
        CollectionAssert.AreEqual(expected.RejectedRows.ToList(), actual.RejectedRows.ToList());
        Assert.AreEqual(expected with { Submissions = [], Findings = [], RejectedRows = [] }, actual with { Submissions = [], Findings = [], RejectedRows = [] });
        Assert.IsGreaterThan(1, server.Requests.Count(r => r.Path.Contains("intersection", StringComparison.Ordinal)), "read in more than one block");
    }
}
