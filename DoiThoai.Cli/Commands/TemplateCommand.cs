using System.CommandLine;
using DoiThoai.Reports.Documents.Templates;

namespace DoiThoai.Cli.Commands;

/// <summary><c>doithoai template --out mau.docx</c>: writes the example school template to start from.</summary>
internal static class TemplateCommand
{
    public static Command Create()
    {
        var school = CommonOptions.School();
        var output = new Option<FileInfo>("--out") { Description = "Tệp mẫu .docx sẽ tạo.", Required = true };
        var command = new Command("template", "Tạo mẫu văn bản ví dụ có các ô gắn thẻ doithoai:… để trường sửa thành mẫu của mình (xem docs/documents.md).") { school, output };
        command.SetAction(parse =>
        {
            var profile = Reports.Schools.SchoolProfileLoader.LoadFileOrDefault(parse.GetValue(school)?.FullName);
            var file = parse.GetValue(output)!;
            var footer = profile.SubmissionEmail is { } email ? $"{profile.IssuingBody} - {email}" : profile.IssuingBody;
            try
            {
                file.Directory?.Create();
                using var stream = File.Create(file.FullName);
                ExampleTemplate.Write(stream, footer);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UserInputException($"không ghi được tệp '{file.FullName}' (--out): {ex.Message}");
            }

            parse.InvocationConfiguration.Output.WriteLine($"Đã ghi: {file.FullName}");
            return 0;
        });
        return command;
    }
}
