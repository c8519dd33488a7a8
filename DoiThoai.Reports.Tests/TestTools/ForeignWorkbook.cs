using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>
/// What a reader other than the Open XML SDK makes of a workbook: exceljs 4.4.0 (Node, <c>TestTools/exceljs</c>, pinned
/// by its package-lock.json) or openpyxl (Debian's python3-openpyxl, <c>TestTools/openpyxl</c>). Each prints the sheets,
/// one sheet's tables and its non-empty rows as JSON in one shape, so the tests compare both with our own reader.
/// In CI (`.ci/run` installs both) a missing tool fails the test; on a developer machine it is inconclusive.
/// </summary>
internal sealed record ForeignWorkbook(IReadOnlyList<string> Sheets, IReadOnlyList<ForeignWorkbook.Table> Tables, IReadOnlyList<ForeignWorkbook.Row> Rows)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lock NpmInstall = new();

    /// <summary>The workbook as exceljs reads it (runs <c>npm ci</c> once when its packages are not installed yet).</summary>
    public static ForeignWorkbook ReadWithExcelJs(string path, string sheet)
    {
        var folder = Path.Combine(RepositoryRoot(), "DoiThoai.Reports.Tests", "TestTools", "exceljs");
        var node = Tool("node", "Node.js (node)");
        lock (NpmInstall)
        {
            if (!File.Exists(Path.Combine(folder, "node_modules", "exceljs", "package.json")))
            {
                var npm = Tool("npm", "npm");
                var (exit, output, error) = Run(npm, folder, "ci", "--no-audit", "--no-fund");
                Assert.AreEqual(0, exit, $"npm ci failed in {folder}: {output}{error}");
            }
        }

        return Parse(Run(node, folder, Path.Combine(folder, "read.js"), path, sheet), "exceljs");
    }

    /// <summary>The workbook as openpyxl reads it.</summary>
    public static ForeignWorkbook ReadWithOpenpyxl(string path, string sheet)
    {
        // Debian's python3 is the one that has python3-openpyxl; a python3 earlier on the PATH may not.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : Tool("python3", "Python 3 (python3)");
        var script = Path.Combine(RepositoryRoot(), "DoiThoai.Reports.Tests", "TestTools", "openpyxl", "read.py");
        var probe = Run(python, Path.GetDirectoryName(script)!, "-c", "import openpyxl");
        if (probe.Exit != 0)
        {
            Missing("openpyxl (python3-openpyxl)");
        }

        return Parse(Run(python, Path.GetDirectoryName(script)!, script, path, sheet), "openpyxl");
    }

    /// <summary>The rows in the form our reader gives them, for comparing: row number, then column, kind and value of each cell.</summary>
    public IReadOnlyList<string> Lines() => Rows.Select(r => $"{r.R}: " + string.Join(" | ", r.Cells.OrderBy(c => c.C).Select(c => c.Describe()))).ToList();

    /// <summary>Our reader's rows in the same form.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<SheetRow> rows) =>
        rows.Select(r => $"{r.RowNumber}: " + string.Join(" | ", r.Cells.Select(c => c.Kind switch
        {
            SheetCellKind.Text => $"{c.Column} s {c.Text}",
            SheetCellKind.Number => $"{c.Column} n {Math.Round(c.Number, 6).ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            SheetCellKind.Boolean => $"{c.Column} b {c.Number != 0}",
            _ => $"{c.Column} {c.Kind} {c.Text}",
        }))).ToList();

    private static ForeignWorkbook Parse((int Exit, string Output, string Error) run, string tool)
    {
        Assert.AreEqual(0, run.Exit, $"{tool} could not read the workbook: {run.Error}");
        return JsonSerializer.Deserialize<ForeignWorkbook>(run.Output, Json) ?? throw new InvalidDataException($"{tool} printed nothing");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DoiThoai.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository (DoiThoai.sln) is not above the test assembly.");
    }

    private static string Tool(string name, string what)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            foreach (var candidate in new[] { name, name + ".exe", name + ".cmd" })
            {
                var path = Path.Combine(folder, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        Missing(what);
        return name;
    }

    private static void Missing(string what)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{what} is missing in CI: .ci/run should have installed it.");
        }

        Assert.Inconclusive($"{what} is not installed.");
    }

    private static (int Exit, string Output, string Error) Run(string program, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(true);
            Assert.Fail($"{Path.GetFileName(program)} did not finish in 5 minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A table of the sheet: its name and range.</summary>
    public sealed record Table(string Name, string Ref);

    /// <summary>A non-empty row: its number and its non-empty cells.</summary>
    public sealed record Row(int R, IReadOnlyList<Cell> Cells);

    /// <summary>A cell: zero-based column, and its text (s), number (n, dates as serials), boolean (b), formula (f) or error (e).</summary>
    public sealed record Cell(int C, string? S, double? N, bool? B, string? F, string? E)
    {
        public string Describe() =>
            S is not null ? $"{C} s {S}"
            : N is { } n ? $"{C} n {Math.Round(n, 6).ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : B is { } b ? $"{C} b {b}"
            : F is not null ? $"{C} f {F}"
            : $"{C} e {E}";
    }
}
