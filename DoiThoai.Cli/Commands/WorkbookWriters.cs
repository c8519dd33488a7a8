using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Cli.Commands;

/// <summary>The writer that goes with a workbook source: the same workbook, written back.</summary>
internal static class WorkbookWriters
{
    public static IWorkbookWriter For(IWorkbookSource source) => source switch
    {
        LocalWorkbookSource local => new LocalWorkbookWriter(local.Path),
        _ => throw new UserInputException($"chưa ghi được vào sổ '{source.Description}' từ dòng lệnh; dùng --dry-run để xem trước."),
    };
}
