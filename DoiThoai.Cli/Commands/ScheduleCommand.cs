using System.CommandLine;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Workspace;
using NodaTime;

namespace DoiThoai.Cli.Commands;

/// <summary><c>doithoai schedule</c>: the school year's sessions, deadlines and notices, with every collision.</summary>
internal static class ScheduleCommand
{
    public static Command Create()
    {
        var school = CommonOptions.School();
        var year = new Option<string?>("--year") { Description = "Năm học, ví dụ 2022-2023 (phải khớp với hồ sơ trường)." };
        var format = new Option<string>("--format")
        {
            Description = "Dạng in: table (cho người đọc), json (cho máy), ics (lịch cho Outlook/Google Calendar).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "ics");
        var output = CommonOptions.Out();

        var command = new Command("schedule", "Lịch đối thoại cả năm học: buổi, hạn gửi ý kiến, ngày thông báo và các điểm vướng với lịch thực tế.")
        {
            school, year, format, output,
        };
        command.SetAction(parse =>
        {
            var workspace = new SchoolWorkspace(SchoolProfileLoader.LoadFileOrDefault(parse.GetValue(school)?.FullName), null, SystemClock.Instance);
            var profile = workspace.Profile;
            if (parse.GetValue(year) is { } wanted && wanted != profile.SchoolYear.Label)
            {
                throw new UserInputException($"hồ sơ trường là của năm học {profile.SchoolYear.Label}, không có năm học '{wanted}' (--year).");
            }

            var text = parse.GetValue(format) switch
            {
                "json" => CalendarJson.Write(workspace.Calendar),
                "ics" => CalendarIcs.Write(workspace.Calendar, profile),
                _ => ScheduleTable.Write(workspace.Calendar, profile),
            };
            OutputFile.WriteOrPrint(text, parse.GetValue(output), parse.InvocationConfiguration.Output);
            return 0;
        });
        return command;
    }
}
