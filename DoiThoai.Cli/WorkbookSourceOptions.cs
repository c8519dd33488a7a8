using System.CommandLine;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Workbooks;
using DoiThoai.Reports.Workbooks.Graph;

namespace DoiThoai.Cli;

/// <summary>
/// The options that say where the shared workbook is, and the one place that turns them into an
/// <see cref="IWorkbookSource"/>: a local file (<c>--workbook</c>) or a workbook in OneDrive/SharePoint
/// (<see cref="GraphSourceOptions"/>).
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

    /// <summary>The source the options name.</summary>
    /// <exception cref="UserInputException">No source, or a file that is missing or not an .xlsx.</exception>
    public IWorkbookSource CreateSource(ParseResult parse) => Open(parse).Source;

    /// <summary>
    /// The workbook the options name, to read and to write back: both go through one Graph client, so the
    /// user signs in once.
    /// </summary>
    /// <exception cref="UserInputException">No source, or a file that is missing or not an .xlsx.</exception>
    public WorkbookHandle Open(ParseResult parse)
    {
        if (Graph.IsUsed(parse))
        {
            if (parse.GetValue(Workbook) is not null)
            {
                throw new UserInputException("chọn một nguồn: --workbook (tệp trên máy) hoặc các tuỳ chọn --graph-… (Microsoft 365), không dùng cả hai.");
            }

            // The location is checked first: a wrong combination should not start a sign-in.
            var location = Graph.Location(parse);
            var client = Graph.Client(parse, parse.InvocationConfiguration.Error);
            return new WorkbookHandle(new GraphWorkbookSource(client, location), () => new GraphWorkbookWriter(client, location));
        }

        if (parse.GetValue(Workbook) is { } file)
        {
            if (!file.Exists)
            {
                throw new UserInputException(WorkbookMessages.FileNotFound(file.FullName) + " (--workbook)");
            }

            return new WorkbookHandle(new LocalWorkbookSource(file.FullName), () => new LocalWorkbookWriter(file.FullName));
        }

        throw new UserInputException("cần chỉ ra sổ tổng hợp ý kiến: --workbook <tệp.xlsx>, hoặc trên Microsoft 365: --graph-drive với --graph-item/--graph-path, hoặc --graph-share.");
    }
}

/// <summary>A workbook named on the command line: its rows, and a writer for the same workbook.</summary>
internal sealed record WorkbookHandle(IWorkbookSource Source, Func<IWorkbookWriter> CreateWriter);
