using System.CommandLine;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Workspace;
using NodaTime;

namespace DoiThoai.Cli.Commands;

/// <summary><c>doithoai workbook init|check</c>: create the shared workbook; check every row of it.</summary>
internal static class WorkbookCommand
{
    /// <summary>Exit code of <c>check</c> when the sheet has errors.</summary>
    public const int HasErrors = 1;

    public static Command Create()
    {
        var command = new Command("workbook", "Sổ tổng hợp ý kiến, kiến nghị của học sinh (Excel): tạo mới, kiểm tra.");
        command.Subcommands.Add(Init());
        command.Subcommands.Add(Check());
        return command;
    }

    private static Command Init()
    {
        var school = CommonOptions.School();
        var output = new Option<FileInfo>("--out") { Description = "Tệp .xlsx sẽ tạo.", Required = true };
        var sample = new Option<bool>("--sample") { Description = $"Điền {SampleSubmissions.SampleSize} ý kiến mẫu (hư cấu) trải đều năm học." };
        var rows = new Option<int?>("--rows") { Description = "Điền N ý kiến sinh tự động (thử tải lớn); cùng --seed cho cùng kết quả." };
        var seed = new Option<int>("--seed") { Description = "Hạt giống sinh dữ liệu mẫu.", DefaultValueFactory = _ => SampleSubmissions.DefaultSeed };
        var force = new Option<bool>("--force") { Description = "Ghi đè nếu tệp đã có." };
        var command = new Command("init", "Tạo sổ tổng hợp ý kiến: bảng KienNghi, danh mục thả xuống, định dạng ngày dd/MM/yyyy.")
        {
            school, output, sample, rows, seed, force,
        };
        command.SetAction(parse =>
        {
            var workspace = new SchoolWorkspace(SchoolProfileLoader.LoadFileOrDefault(parse.GetValue(school)?.FullName), null, SystemClock.Instance);
            var file = parse.GetValue(output)!;
            var count = parse.GetValue(rows) switch
            {
                < 0 => throw new UserInputException("--rows phải là số không âm."),
                { } n => n,
                null => parse.GetValue(sample) ? SampleSubmissions.SampleSize : 0,
            };
            var written = workspace.CreateWorkbook(file.FullName, count, parse.GetValue(seed), parse.GetValue(force));
            parse.InvocationConfiguration.Output.WriteLine($"Đã tạo sổ tổng hợp: {written} ({count} ý kiến).");
            return 0;
        });
        return command;
    }

    private static Command Check()
    {
        var workspaceOptions = new WorkspaceOptions();
        var format = new Option<string>("--format")
        {
            Description = "Dạng in: text (cho người đọc, tiếng Việt), json (cho máy).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Kiểm tra sổ tổng hợp: mọi lỗi, cảnh báo kèm địa chỉ ô; mã thoát 0 khi không có lỗi, 1 khi có lỗi, 2 khi đầu vào sai.")
        {
            format,
        };
        workspaceOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            PhaseTimings.Mark("options parsed");
            var workspace = workspaceOptions.Create(parse);
            PhaseTimings.Mark("profile and calendar");
            var result = await workspace.ReadWorkbookAsync(cancellationToken);
            PhaseTimings.Mark("workbook read");
            var description = workspace.Workbook!.Description;
            var console = parse.InvocationConfiguration.Output;
            console.Write(parse.GetValue(format) == "json"
                ? WorkbookReadJson.Write(result, description)
                : FindingsText.Write(result, description));
            PhaseTimings.Mark("findings printed");
            return result.HasErrors ? HasErrors : 0;
        });
        return command;
    }
}
