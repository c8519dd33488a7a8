using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using DoiThoai.Cli;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Tests.Documents.Minutes;
using DoiThoai.Reports.Tests.TestTools;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

namespace DoiThoai.Reports.Tests.Cli;

/// <summary>
/// The command as it is installed gives what the same command gives in this process: the exit code, every line it
/// prints, and every file it writes, part by part. <c>.ci/run</c> names the Native AOT publish
/// (<see cref="CliProcess.PublishedVariable"/>); without it the build runs as a child process. Under AOT nothing is
/// compiled at run time and the trimmer leaves out what no code names, so whatever reaches for reflection (Ical.Net's
/// serializers, Kiota's parse nodes, Azure.Identity and MSAL, System.CommandLine's help) fails here and nowhere else.
/// </summary>
[TestClass]
public sealed partial class PublishedCliTests
{
    private static readonly TemporaryDirectory Files = new();
    private static string _workbook = "";

    [ClassInitialize]
    public static void MakeWorkbook(TestContext _)
    {
        _workbook = Files.File("so.xlsx");
        Assert.AreEqual(0, InProcess("workbook", "init", "--rows", "600", "--out", _workbook).Exit);
    }

    [ClassCleanup]
    public static void RemoveFiles() => Files.Dispose();

    [TestMethod]
    [DataRow("--help")]
    [DataRow("workbook", "check", "--help")]
    [DataRow("minutes", "import", "--help")]
    [DataRow("report", "--help")]
    [DataRow("schedule")]
    [DataRow("schedule", "--format", "json")]
    [DataRow("schedule", "--format", "ics")]
    [DataRow("schedule", "--year", "2031-2032")]
    [DataRow("report", "--month", "2022-13")]
    [DataRow("no-such-command")]
    public async Task Prints_the_same(params string[] args) => await AssertSameAsync(args);

    [TestMethod]
    public async Task Workbook_check_reads_and_reports_the_same()
    {
        await AssertSameAsync("workbook", "check", "--workbook", _workbook);
        await AssertSameAsync("workbook", "check", "--workbook", _workbook, "--format", "json");
    }

    [TestMethod]
    public async Task Bad_workbooks_get_the_same_messages()
    {
        var beyond = Files.File("qua-gioi-han.xlsx");
        new HostileXlsx()
            .Sheet("KienNghi", w => w.Write(HostileXlsx.HeaderRow + "<row r=\"2\"><c r=\"A2\" t=\"e\"><v>#N/A</v></c><c r=\"F2\"><v>x</v></c></row><row r=\"2000000\"><c r=\"A2000000\"><v>1</v></c></row>"))
            .Write(beyond);
        var (exit, _, error) = await AssertSameAsync("workbook", "check", "--workbook", beyond);
        Assert.AreEqual(DoiThoaiCommand.BadInput, exit, error);

        (exit, _, error) = await AssertSameAsync("workbook", "check", "--workbook", Files.Path);
        Assert.AreEqual(DoiThoaiCommand.BadInput, exit, error);

        (exit, _, error) = await AssertSameAsync("minutes", "import", "--file", _workbook, "--workbook", _workbook);
        Assert.AreEqual(DoiThoaiCommand.BadInput, exit, error);
    }

    [TestMethod]
    public async Task Workbook_init_writes_the_same_workbook() =>
        await AssertSameFilesAsync(file => ["workbook", "init", "--rows", "200", "--seed", "7", "--out", file], "so-moi.xlsx");

    [TestMethod]
    public async Task Documents_are_the_same_part_by_part()
    {
        await AssertSameFilesAsync(file => ["report", "--month", "2022-10", "--workbook", _workbook, "--number", "5", "--date", "02/11/2022", "--out", file], "bao-cao.docx");
        await AssertSameFilesAsync(file => ["digest", "--session", "2022-10-day", "--workbook", _workbook, "--date", "27/10/2022", "--out", file], "tong-hop.docx");
        await AssertSameFilesAsync(file => ["minutes", "--session", "2022-10-semi-boarding", "--workbook", _workbook, "--number", "3", "--out", file], "bien-ban.docx");
        await AssertSameFilesAsync(file => ["template", "--out", file], "mau.docx");
    }

    [TestMethod]
    public async Task A_school_template_is_filled_the_same()
    {
        var template = Files.File("mau-truong.docx");
        Assert.AreEqual(0, InProcess("template", "--out", template).Exit);
        await AssertSameFilesAsync(file => ["report", "--month", "2022-11", "--workbook", _workbook, "--template", template, "--date", "01/12/2022", "--out", file], "bao-cao-mau.docx");
    }

    [TestMethod]
    public async Task Minutes_import_writes_the_same_answers()
    {
        var minutes = Files.File("bien-ban-dien.docx");
        Assert.AreEqual(0, InProcess("minutes", "--session", "2022-10-day", "--workbook", _workbook, "--out", minutes).Exit);
        var first = MinutesReader.Read(new MemoryStream(File.ReadAllBytes(minutes))).Entries[0].Id;
        using (var filler = new MinutesFiller(File.ReadAllBytes(minutes)))
        {
            File.WriteAllBytes(minutes, filler.Set(MinutesTags.Answer(first), "Nhà trường đã sửa mái che.").AddOnTheSpot("11A2", "Câu hỏi nêu tại buổi", "Sẽ trả lời trong tuần.").Save());
        }

        var (mine, theirs) = (Files.File("nhap-a.xlsx"), Files.File("nhap-b.xlsx"));
        File.Copy(_workbook, mine);
        File.Copy(_workbook, theirs);

        var expected = InProcess("minutes", "import", "--file", minutes, "--workbook", mine);
        var actual = await CliProcess.RunAsync("minutes", "import", "--file", minutes, "--workbook", theirs);

        Assert.AreEqual(0, expected.Exit, expected.Error);
        AssertSame(expected, actual, (mine, theirs));
        Assert.AreEqual(InProcess("workbook", "check", "--workbook", mine, "--format", "json").Output.Replace(mine, "X"), InProcess("workbook", "check", "--workbook", theirs, "--format", "json").Output.Replace(theirs, "X"));
    }

    [TestMethod]
    public async Task Microsoft_365_workbook_reads_and_writes_the_same()
    {
        var (path, mine) = await FakeSubmissionSheet.StartWithSampleAsync(Files, 80);
        await using var _ = mine;
        await using var theirs = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Load(theirs.Sheet, new Reports.Workbooks.LocalWorkbookSource(path).ReadRows());
        string[] At(FakeGraphServer server) => ["--graph-base-url", server.BaseUrl, "--graph-drive", FakeGraphServer.DriveId, "--graph-path", FakeGraphServer.ItemPath];

        var expected = InProcess(["workbook", "check", "--format", "json", .. At(mine)]);
        var actual = await CliProcess.RunAsync(["workbook", "check", "--format", "json", .. At(theirs)]);
        Assert.AreEqual(0, expected.Exit, expected.Error);
        AssertSame(expected, actual, (mine.BaseUrl, theirs.BaseUrl));

        var minutes = Files.File("bien-ban-graph.docx");
        Assert.AreEqual(0, InProcess(["minutes", "--session", "2022-10-day", "--out", minutes, .. At(mine)]).Exit);
        var first = MinutesReader.Read(new MemoryStream(File.ReadAllBytes(minutes))).Entries[0].Id;
        using (var filler = new MinutesFiller(File.ReadAllBytes(minutes)))
        {
            File.WriteAllBytes(minutes, filler.Set(MinutesTags.Answer(first), "=Trả lời qua Microsoft 365.").Save());
        }

        expected = InProcess(["minutes", "import", "--file", minutes, .. At(mine)]);
        actual = await CliProcess.RunAsync(["minutes", "import", "--file", minutes, .. At(theirs)]);
        Assert.AreEqual(0, expected.Exit, expected.Error);
        AssertSame(expected, actual, (mine.BaseUrl, theirs.BaseUrl));
        Assert.IsTrue(theirs.Requests.Any(r => r.Method == "PATCH"), "the published command wrote through Graph");
        Assert.AreEqual(
            InProcess(["workbook", "check", "--format", "json", .. At(mine)]).Output.Replace(mine.BaseUrl, "X"),
            InProcess(["workbook", "check", "--format", "json", .. At(theirs)]).Output.Replace(theirs.BaseUrl, "X"));
    }

    [TestMethod]
    public async Task Sign_in_with_a_certificate_runs_up_to_the_network()
    {
        // A real certificate and Azure.Identity/MSAL as far as they go without the internet: Entra ID on a closed port.
        var pfx = Files.File("ung-dung.pfx");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=doithoai-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx));
        }

        var closed = $"https://127.0.0.1:{ClosedPort()}";
        string[] signIn = ["workbook", "check", "--graph-base-url", closed + "/v1.0", "--graph-drive", "d", "--graph-item", "i", "--authority", closed + "/", "--tenant", "truong.edu.vn", "--client-id", "00000000-0000-0000-0000-000000000001"];

        var (exit, _, error) = await AssertSameAsync([.. signIn, "--auth", "certificate", "--certificate", pfx]);
        Assert.AreNotEqual(0, exit);
        StringAssert.Contains(error, "Microsoft 365");

        var garbage = Files.File("rac.pfx");
        File.WriteAllText(garbage, "không phải chứng chỉ");
        (exit, _, error) = await AssertSameAsync([.. signIn, "--auth", "certificate", "--certificate", garbage]);
        Assert.AreEqual(DoiThoaiCommand.BadInput, exit, error);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs <paramref name="args"/> here and as the installed command; both must give the same.</summary>
    private static async Task<(int Exit, string Output, string Error)> AssertSameAsync(params string[] args)
    {
        var expected = InProcess(args);
        var actual = await CliProcess.RunAsync(args);
        AssertSame(expected, actual, null);
        return actual;
    }

    /// <summary>Runs the command that writes <paramref name="name"/> here and as the installed command, each into a file of its own; the files must hold the same parts.</summary>
    private static async Task AssertSameFilesAsync(Func<string, string[]> command, string name)
    {
        var (mine, theirs) = (Files.File("a-" + name), Files.File("b-" + name));
        var expected = InProcess(command(mine));
        var actual = await CliProcess.RunAsync(command(theirs));

        Assert.AreEqual(0, expected.Exit, expected.Error);
        AssertSame(expected, actual, (mine, theirs));
        var want = Parts(mine);
        var got = Parts(theirs);
        CollectionAssert.AreEqual(want.Keys.ToList(), got.Keys.ToList(), name + ": the parts");
        foreach (var (part, text) in want)
        {
            Assert.AreEqual(text, got[part], $"{name}: {part}");
        }
    }

    private static void AssertSame((int Exit, string Output, string Error) expected, (int Exit, string Output, string Error) actual, (string Mine, string Theirs)? renamed)
    {
        // In this process the help's usage line names the test host; the command is doithoai.
        string Mine(string text) => Stamps().Replace(text.Replace($"  {System.CommandLine.RootCommand.ExecutableName} ", "  doithoai "), "<stamp>");
        string Theirs(string text) => Stamps().Replace(renamed is { } r ? text.Replace(r.Theirs, r.Mine) : text, "<stamp>");
        var context = $"published: {CliProcess.Program}\n{actual.Error}";
        Assert.AreEqual(expected.Exit, actual.Exit, context);
        Assert.AreEqual(Mine(expected.Output), Theirs(actual.Output), context);
        Assert.AreEqual(Mine(expected.Error), Theirs(actual.Error), context);
    }

    /// <summary>The package's parts by name, as text; what differs from run to run by design (System.IO.Packaging's random part name and relationship IDs, times) is masked.</summary>
    private static SortedDictionary<string, string> Parts(string path)
    {
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            parts[PartNames().Replace(entry.FullName, "<id>")] = Stamps().Replace(PartNames().Replace(reader.ReadToEnd(), "<id>"), "<stamp>");
        }

        return parts;
    }

    [GeneratedRegex(@"[0-9a-f]{32}|\bR[0-9a-f]{16}\b")]
    private static partial Regex PartNames();

    // W3CDTF times in the core properties and DTSTAMP in a calendar: when the file was made.
    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z|DTSTAMP:\d{8}T\d{6}Z")]
    private static partial Regex Stamps();

    private static (int Exit, string Output, string Error) InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = DoiThoaiCommand.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
