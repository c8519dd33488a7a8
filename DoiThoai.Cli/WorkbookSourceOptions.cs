using System.CommandLine;
using System.Runtime.CompilerServices;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Workbooks;
using DoiThoai.Reports.Workbooks.Graph;

namespace DoiThoai.Cli;

/// <summary>
/// The options that say where the shared workbook is, and the one place that turns them into an
/// <see cref="IWorkbookStore"/>: a local file (<c>--workbook</c>) or a workbook in OneDrive/SharePoint
/// (<see cref="GraphSourceOptions"/>). Reads and writes go through one Graph client, so the user signs in once.
/// </summary>
internal sealed class WorkbookSourceOptions
{
    public Option<FileInfo?> Workbook { get; } = new("--workbook")
    {
        Description = "Tệp sổ tổng hợp ý kiến (.xlsx) trên máy.",
    };

    public GraphSourceOptions Graph { get; } = new();

    /// <summary>Every option of this group, to add to a command.</summary>
    public IEnumerable<Option> All => [Workbook, .. Graph.All];

    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The local workbook file named, if any (an output may never replace it).</summary>
    public string? LocalPath(ParseResult parse) => parse.GetValue(Workbook)?.FullName;

    /// <summary>The workbook the options name.</summary>
    /// <exception cref="UserInputException">No source, two sources, or a file that is missing.</exception>
    public IWorkbookStore Open(ParseResult parse)
    {
        if (Graph.IsUsed(parse))
        {
            if (parse.GetValue(Workbook) is not null)
            {
                throw new UserInputException("chọn một nguồn: --workbook (tệp trên máy) hoặc các tuỳ chọn --graph-… (Microsoft 365), không dùng cả hai.");
            }

            return OpenGraph(parse);
        }

        if (parse.GetValue(Workbook) is { } file)
        {
            if (Directory.Exists(file.FullName))
            {
                throw new UserInputException(WorkbookMessages.IsFolder(file.FullName) + " (--workbook)");
            }

            if (!file.Exists)
            {
                throw new UserInputException(WorkbookMessages.FileNotFound(file.FullName) + " (--workbook)");
            }

            return new LocalWorkbookStore(file.FullName);
        }

        throw new UserInputException("cần chỉ ra sổ tổng hợp ý kiến: --workbook <tệp.xlsx>, hoặc trên Microsoft 365: --graph-drive với --graph-item/--graph-path, hoặc --graph-share.");
    }

    // Kept out of Open so that a local workbook never loads Microsoft.Graph, Kiota and Azure.Identity: the JIT loads
    // the assemblies a method names when it compiles that method, which a cold process would pay for on every local command.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private IWorkbookStore OpenGraph(ParseResult parse)
    {
        // The location is checked first: a wrong combination should not start a sign-in.
        var location = Graph.Location(parse);
        var client = Graph.Client(parse, parse.InvocationConfiguration.Error);
        return new GraphWorkbookStore(client, location);
    }
}
