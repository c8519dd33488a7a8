using System.CommandLine;
using DoiThoai.Reports.Documents.Digest;
using DoiThoai.Reports.Scheduling;

namespace DoiThoai.Cli.Commands;

/// <summary><c>doithoai digest --session 2022-10-day</c>: the pre-session digest for the leadership.</summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var options = new DocumentOptions();
        var session = new Option<string>("--session") { Description = "Mã buổi đối thoại, ví dụ 2022-10-day (xem: doithoai schedule).", Required = true };
        var command = new Command("digest", "Tổng hợp ý kiến trước buổi đối thoại: theo chủ đề, ý kiến trùng lặp, lớp chưa gửi, gửi muộn.") { session };
        options.AddTo(command, withNumber: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var profile = options.LoadProfile(parse);
            var calendar = SessionCalendar.Build(profile);
            var target = DocumentOptions.FindSession(calendar, parse.GetValue(session)!);
            var date = options.ReadDate(parse, profile);
            var template = options.ReadTemplate(parse);
            var submissions = await options.LoadSubmissionsAsync(parse, profile, calendar, cancellationToken);
            options.Write(parse, DigestBuilder.Build(profile, target, submissions, date), options.Target(parse, "tong-hop-" + target.Id), template);
            return 0;
        });
        return command;
    }
}
