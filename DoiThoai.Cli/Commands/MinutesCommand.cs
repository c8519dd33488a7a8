using System.CommandLine;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Workspace;

namespace DoiThoai.Cli.Commands;

/// <summary>
/// <c>doithoai minutes --session 2022-10-day</c>: the minutes to fill in Word; <c>--all</c> for every session
/// of the year. <c>doithoai minutes import --file bien-ban.docx --workbook so.xlsx</c>: the read-back.
/// </summary>
internal static class MinutesCommand
{
    public static Command Create()
    {
        var options = new DocumentOptions();
        var session = new Option<string?>("--session") { Description = "Mã buổi đối thoại, ví dụ 2022-10-day, 2022-10-semi-boarding (xem: doithoai schedule)." };
        var all = new Option<bool>("--all") { Description = "Lập biên bản cho mọi buổi của năm học (--out là thư mục)." };
        var command = new Command("minutes", "Lập biên bản buổi đối thoại (mẫu 1.9, Nghị định 30/2020/NĐ-CP) có sẵn ô trả lời cho từng ý kiến. Biên bản không có dòng địa danh, ngày tháng: ngày là ngày của buổi.") { session, all };

        // The decree's minutes (template 1.9) carry no place-date line, so there is no --date to give.
        options.AddTo(command, withDate: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = options.Workspace.Create(parse);
            var ids = parse.GetValue(all)
                ? workspace.Calendar.Sessions.Select(s => s.Id).ToList()
                : [parse.GetValue(session) ?? throw new UserInputException("cần chỉ ra buổi đối thoại: --session <mã> (hoặc --all).")];
            var documents = new List<PreparedDocument>();
            foreach (var id in ids)
            {
                documents.Add(await workspace.MinutesAsync(id, options.ReadNumber(parse), cancellationToken));
            }

            options.Write(parse, workspace, documents, many: parse.GetValue(all));
            return 0;
        });
        command.Subcommands.Add(Import());
        return command;
    }

    private static Command Import()
    {
        var workspaceOptions = new WorkspaceOptions();
        var file = new Option<FileInfo>("--file") { Description = "Biên bản đã điền (.docx, lưu từ Word hoặc LibreOffice).", Required = true };
        var session = new Option<string?>("--session") { Description = "Mã buổi đối thoại, khi biên bản không tự ghi (biên bản do DoiThoai lập có sẵn); phải khớp với buổi ghi trong biên bản." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ in những gì sẽ ghi, không ghi vào sổ." };
        var command = new Command("import", "Đọc biên bản đã điền: ghi câu trả lời, cách xử lý và các ý kiến nêu tại buổi vào sổ tổng hợp (một lần ghi, không mất câu trả lời của người khác).")
        {
            file, session, dryRun,
        };
        workspaceOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var console = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(file)!;
            var bytes = InputFiles.ReadAll(path, "--file");
            var readBack = SchoolWorkspace.ReadMinutes(new MemoryStream(bytes, writable: false), path.FullName);
            var workspace = workspaceOptions.Create(parse);
            var outcome = await workspace.ImportMinutesAsync(readBack, parse.GetValue(session), parse.GetValue(dryRun), cancellationToken);
            var plan = outcome.Plan;

            console.WriteLine($"Biên bản buổi {outcome.Session.Id}: {readBack.Entries.Count} ý kiến, {readBack.OnTheSpot.Count} ý kiến nêu tại buổi, giờ kết thúc: {UntrustedText.OneLine(readBack.EndTimeText ?? "(chưa ghi)")}.");
            foreach (var refused in plan.Refused)
            {
                console.WriteLine("Không ghi: " + UntrustedText.OneLine(refused.Message));
            }

            if (plan.EmptyAnswers.Count > 0)
            {
                console.WriteLine($"Chưa có câu trả lời: {string.Join(", ", plan.EmptyAnswers)}.");
            }

            foreach (var problem in plan.Problems)
            {
                console.WriteLine("Lưu ý: " + UntrustedText.OneLine(problem));
            }

            foreach (var failure in outcome.Failed)
            {
                console.WriteLine($"Không ghi được {failure.Id}: {UntrustedText.OneLine(failure.Message)}");
            }

            console.WriteLine(outcome.Message);
            return outcome.Succeeded ? 0 : 1;
        });
        return command;
    }
}
