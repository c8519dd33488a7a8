using System.CommandLine;
using DoiThoai.Reports.Workspace;

namespace DoiThoai.Cli.Commands;

/// <summary><c>doithoai report --month 2022-10</c>: the monthly report to the superior body; <c>--all</c> for every month.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var options = new DocumentOptions();
        var month = new Option<string?>("--month") { Description = "Tháng báo cáo, ví dụ 2022-10." };
        var all = new Option<bool>("--all") { Description = "Lập báo cáo cho mọi tháng của năm học (--out là thư mục)." };
        var command = new Command("report", "Lập báo cáo tháng (mẫu 1.4, Nghị định 30/2020/NĐ-CP) gửi cấp trên, do Hiệu trưởng ký.") { month, all };
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            PhaseTimings.Mark("options parsed");
            var workspace = options.Workspace.Create(parse);
            PhaseTimings.Mark("profile and calendar");
            var months = parse.GetValue(all)
                ? workspace.Profile.SchoolYear.TeachingMonths.ToList()
                : [workspace.FindMonth(parse.GetValue(month) ?? throw new UserInputException("cần chỉ ra tháng: --month yyyy-MM (hoặc --all)."))];
            var date = options.ReadDate(parse);
            var number = options.ReadNumber(parse);
            var documents = new List<PreparedDocument>();
            foreach (var m in months)
            {
                documents.Add(await workspace.MonthlyReportAsync(m, date, number, cancellationToken));
            }

            PhaseTimings.Mark("workbook read, built");
            options.Write(parse, workspace, documents, many: parse.GetValue(all));
            PhaseTimings.Mark("rendered and written");
            return 0;
        });
        return command;
    }
}
