using System.CommandLine;
using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Scheduling;
using NodaTime;
using NodaTime.Text;

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
            var profile = options.LoadProfile(parse);
            var calendar = SessionCalendar.Build(profile);
            var months = profile.SchoolYear.TeachingMonths;
            List<YearMonth> wanted;
            if (parse.GetValue(all))
            {
                wanted = [.. months];
            }
            else
            {
                var text = parse.GetValue(month) ?? throw new UserInputException("cần chỉ ra tháng: --month yyyy-MM (hoặc --all).");
                var parsed = YearMonthPattern.Iso.Parse(text);
                if (!parsed.Success || !months.Contains(parsed.Value))
                {
                    throw new UserInputException($"không có tháng đối thoại '{text}' (--month). Các tháng hợp lệ: {string.Join(", ", months.Select(m => YearMonthPattern.Iso.Format(m)))}.");
                }

                wanted = [parsed.Value];
            }

            var number = options.ReadNumber(parse);
            var date = options.ReadDate(parse, profile);
            var template = options.ReadTemplate(parse);
            var submissions = await options.LoadSubmissionsAsync(parse, profile, calendar, cancellationToken);
            foreach (var m in wanted)
            {
                var document = MonthlyReportBuilder.Build(profile, calendar, m, submissions, date, number);
                options.Write(parse, document, options.Target(parse, "bao-cao-" + YearMonthPattern.Iso.Format(m), many: parse.GetValue(all)), template);
            }

            return 0;
        });
        return command;
    }
}
