using System.CommandLine;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Submissions.Sheets;

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
        var command = new Command("minutes", "Lập biên bản buổi đối thoại (mẫu 1.9, Nghị định 30/2020/NĐ-CP) có sẵn ô trả lời cho từng ý kiến.") { session, all };
        options.AddTo(command, withDate: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var profile = options.LoadProfile(parse);
            var calendar = SessionCalendar.Build(profile);
            var sessions = parse.GetValue(all)
                ? calendar.Sessions.ToList()
                : [DocumentOptions.FindSession(calendar, parse.GetValue(session) ?? throw new UserInputException("cần chỉ ra buổi đối thoại: --session <mã> (hoặc --all)."))];
            var number = options.ReadNumber(parse);
            var template = options.ReadTemplate(parse);
            var submissions = await options.LoadSubmissionsAsync(parse, profile, calendar, cancellationToken);
            foreach (var s in sessions)
            {
                var document = MinutesBuilder.Build(profile, s, submissions, number);
                options.Write(parse, document, options.Target(parse, "bien-ban-" + s.Id, many: sessions.Count > 1 || parse.GetValue(all)), template);
            }

            return 0;
        });
        command.Subcommands.Add(Import());
        return command;
    }

    private static Command Import()
    {
        var school = CommonOptions.School();
        var sources = new WorkbookSourceOptions();
        var file = new Option<FileInfo>("--file") { Description = "Biên bản đã điền (.docx, lưu từ Word hoặc LibreOffice).", Required = true };
        var session = new Option<string?>("--session") { Description = "Mã buổi đối thoại, khi biên bản không tự ghi (biên bản do DoiThoai lập có sẵn)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ in những gì sẽ ghi, không ghi vào sổ." };
        var command = new Command("import", "Đọc biên bản đã điền: ghi câu trả lời, cách xử lý và các ý kiến nêu tại buổi vào sổ tổng hợp.")
        {
            school, file, session, dryRun,
        };
        sources.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var console = parse.InvocationConfiguration.Output;
            var profile = SchoolProfileLoaderFor(parse, school);
            var calendar = SessionCalendar.Build(profile);
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UserInputException($"không tìm thấy biên bản '{path.FullName}' (--file).");
            }

            MinutesReadBack readBack;
            try
            {
                using var stream = path.OpenRead();
                readBack = MinutesReader.Read(stream);
            }
            catch (InvalidDataException ex)
            {
                throw new UserInputException($"'{path.FullName}' (--file): {ex.Message}");
            }

            var sessionId = parse.GetValue(session) ?? readBack.SessionId
                ?? throw new UserInputException("biên bản không ghi mã buổi đối thoại; thêm --session <mã>.");
            var target = DocumentOptions.FindSession(calendar, sessionId);
            var workbook = sources.Open(parse);
            var read = await SubmissionSheetReader.ReadAsync(workbook.Source, profile, calendar, cancellationToken);
            var plan = MinutesImport.Plan(readBack, target, read.Submissions, profile);

            console.WriteLine($"Biên bản buổi {target.Id}: {readBack.Entries.Count} ý kiến, {readBack.OnTheSpot.Count} ý kiến nêu tại buổi, giờ kết thúc: {readBack.EndTimeText ?? "(chưa ghi)"}.");
            console.WriteLine($"Sẽ cập nhật {plan.Updates.Count} ý kiến, thêm {plan.NewRows.Count} dòng mới.");
            if (plan.UnknownIds.Count > 0)
            {
                console.WriteLine($"Mã không có trong sổ (bỏ qua): {string.Join(", ", plan.UnknownIds)}.");
            }

            if (plan.EmptyAnswers.Count > 0)
            {
                console.WriteLine($"Chưa có câu trả lời: {string.Join(", ", plan.EmptyAnswers)}.");
            }

            foreach (var problem in plan.Problems)
            {
                console.WriteLine("Lưu ý: " + problem);
            }

            if (parse.GetValue(dryRun))
            {
                return 0;
            }

            var writer = workbook.CreateWriter();
            var (updated, appended) = await MinutesImport.ApplyAsync(plan, writer, cancellationToken);
            console.WriteLine($"Đã ghi: {updated.Saved.Count} cập nhật ({updated.Unchanged.Count} không đổi), {appended.Saved.Count} dòng mới.");
            foreach (var failure in updated.Failed.Concat(appended.Failed))
            {
                console.WriteLine($"Không ghi được {failure.Id}: {failure.Message}");
            }

            return updated.Succeeded && appended.Succeeded ? 0 : 1;
        });
        return command;
    }

    private static Reports.Schools.SchoolProfile SchoolProfileLoaderFor(ParseResult parse, Option<FileInfo?> school) =>
        Reports.Schools.SchoolProfileLoader.LoadFileOrDefault(parse.GetValue(school)?.FullName);
}
