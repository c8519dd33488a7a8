using System.CommandLine;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Workspace;
using NodaTime;

namespace DoiThoai.Cli;

/// <summary>
/// The options that make a <see cref="SchoolWorkspace"/> (school profile, workbook, template) and the one place that
/// builds it, so every command wires profile, calendar, workbook and clock the same way.
/// </summary>
internal sealed class WorkspaceOptions(bool withWorkbook = true, bool withTemplate = false)
{
    public Option<FileInfo?> School { get; } = CommonOptions.School();

    public WorkbookSourceOptions Sources { get; } = new();

    public Option<FileInfo?> Template { get; } = new("--template")
    {
        Description = "Mẫu văn bản của trường (.docx/.dotx) có các ô gắn thẻ doithoai:… (xem docs/documents.md). Bỏ trống: dùng mẫu chuẩn Nghị định 30/2020/NĐ-CP.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(School);
        if (withWorkbook)
        {
            Sources.AddTo(command);
        }

        if (withTemplate)
        {
            command.Options.Add(Template);
        }
    }

    /// <summary>The workspace the options describe; the workbook is opened only for commands that have one.</summary>
    public SchoolWorkspace Create(ParseResult parse, IClock? clock = null)
    {
        var profile = SchoolProfileLoader.LoadFileOrDefault(parse.GetValue(School)?.FullName);
        var workbook = withWorkbook ? Sources.Open(parse) : null;
        return new SchoolWorkspace(profile, workbook, clock ?? SystemClock.Instance, withTemplate ? ReadTemplate(parse) : null);
    }

    /// <summary>The files the command reads: no output may replace one of them.</summary>
    public IEnumerable<string?> Inputs(ParseResult parse) =>
        [parse.GetValue(School)?.FullName, withWorkbook ? Sources.LocalPath(parse) : null, withTemplate ? parse.GetValue(Template)?.FullName : null];

    private SchoolTemplateFile? ReadTemplate(ParseResult parse)
    {
        if (parse.GetValue(Template) is not { } file)
        {
            return null;
        }

        if (!file.Exists)
        {
            throw new UserInputException($"không tìm thấy mẫu văn bản '{file.FullName}' (--template).");
        }

        return new SchoolTemplateFile(file.FullName, InputFiles.ReadAll(file, "--template"));
    }
}
