using System.CommandLine;

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
            var workspace = options.Workspace.Create(parse);
            var digest = await workspace.DigestAsync(parse.GetValue(session)!, options.ReadDate(parse), cancellationToken);
            options.Write(parse, workspace, [digest], many: false);
            return 0;
        });
        return command;
    }
}
