using System.CommandLine;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Cli;

/// <summary>
/// The options that say where the shared workbook is, and the one place that turns them into an
/// <see cref="IWorkbookSource"/>. Today a local file (<c>--workbook</c>); Microsoft Graph options join here.
/// </summary>
internal sealed class WorkbookSourceOptions
{
    public Option<FileInfo?> Workbook { get; } = new("--workbook")
    {
        Description = "Tệp sổ tổng hợp ý kiến (.xlsx) trên máy.",
    };

    /// <summary>Every option of this group, to add to a command.</summary>
    public IEnumerable<Option> All => [Workbook];

    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The source the options name.</summary>
    /// <exception cref="UserInputException">No source, or a file that is missing or not an .xlsx.</exception>
    public IWorkbookSource CreateSource(ParseResult parse)
    {
        if (parse.GetValue(Workbook) is { } file)
        {
            if (!file.Exists)
            {
                throw new UserInputException(WorkbookMessages.FileNotFound(file.FullName) + " (--workbook)");
            }

            return new LocalWorkbookSource(file.FullName);
        }

        throw new UserInputException("cần chỉ ra sổ tổng hợp ý kiến: --workbook <tệp.xlsx>.");
    }
}
