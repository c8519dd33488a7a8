using System.CommandLine;
using System.Globalization;
using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Documents.Templates;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using NodaTime;

namespace DoiThoai.Cli.Commands;

/// <summary>
/// The options every document command shares (school, workbook, template, number, date, output) and the one
/// way they load the inputs and write a document: built-in layout, or the school's template when given.
/// </summary>
internal sealed class DocumentOptions
{
    /// <summary>Where documents go when <c>--out</c> is not given.</summary>
    public const string DefaultFolder = "van-ban";

    public Option<FileInfo?> School { get; } = CommonOptions.School();

    public WorkbookSourceOptions Sources { get; } = new();

    public Option<FileInfo?> Template { get; } = new("--template")
    {
        Description = "Mẫu văn bản của trường (.docx/.dotx) có các ô gắn thẻ doithoai:… (xem docs/documents.md). Bỏ trống: dùng mẫu chuẩn Nghị định 30/2020/NĐ-CP.",
    };

    public Option<int?> Number { get; } = new("--number")
    {
        Description = "Số văn bản (1-9999). Bỏ trống: để trống số cho văn thư điền tay.",
    };

    public Option<string?> Date { get; } = new("--date")
    {
        Description = "Ngày ghi ở dòng địa danh, ngày tháng (dd/MM/yyyy). Bỏ trống: hôm nay.",
    };

    public Option<string?> Out { get; } = new("--out")
    {
        Description = $"Tệp .docx kết quả (hoặc thư mục khi dùng --all). Bỏ trống: thư mục ./{DefaultFolder}/ (đường dẫn được in ra).",
    };

    public void AddTo(Command command, bool withNumber = true, bool withDate = true)
    {
        command.Options.Add(School);
        Sources.AddTo(command);
        command.Options.Add(Template);
        if (withNumber)
        {
            command.Options.Add(Number);
        }

        if (withDate)
        {
            command.Options.Add(Date);
        }

        command.Options.Add(Out);
    }

    public SchoolProfile LoadProfile(ParseResult parse) => SchoolProfileLoader.LoadFileOrDefault(parse.GetValue(School)?.FullName);

    /// <summary>Reads the workbook; rows with errors are left out, and the command says how many.</summary>
    public async Task<IReadOnlyList<Submission>> LoadSubmissionsAsync(ParseResult parse, SchoolProfile profile, SchoolCalendar calendar, CancellationToken cancellationToken)
    {
        var source = Sources.CreateSource(parse);
        var result = await SubmissionSheetReader.ReadAsync(source, profile, calendar, cancellationToken);
        if (result.Rejected > 0)
        {
            parse.InvocationConfiguration.Error.WriteLine(
                $"Cảnh báo: {result.Rejected} dòng của sổ {source.Description} có lỗi nên không đưa vào văn bản; xem từng ô lỗi bằng: doithoai workbook check (cùng các tuỳ chọn chỉ ra sổ).");
        }

        return result.Submissions;
    }

    public int? ReadNumber(ParseResult parse) => parse.GetValue(Number) switch
    {
        null => null,
        >= 1 and <= 9999 and var n => n,
        var n => throw new UserInputException($"số văn bản '{n}' không hợp lệ (--number): phải từ 1 đến 9999."),
    };

    /// <summary>The date of the place-date line: <c>--date</c>, or today in the school's time zone (read here, at the edge).</summary>
    public LocalDate ReadDate(ParseResult parse, SchoolProfile profile)
    {
        var text = parse.GetValue(Date);
        if (text is null)
        {
            return SystemClock.Instance.GetCurrentInstant().InZone(profile.TimeZone).Date;
        }

        if (DateTime.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return LocalDate.FromDateTime(date);
        }

        throw new UserInputException($"ngày '{text}' không hợp lệ (--date): viết dd/MM/yyyy, ví dụ 02/11/2022.");
    }

    /// <summary>The file for one document: <c>--out</c>, or <c>./van-ban/&lt;name&gt;.docx</c>; with <paramref name="many"/>, <c>--out</c> is a folder.</summary>
    public FileInfo Target(ParseResult parse, string name, bool many = false)
    {
        var wanted = parse.GetValue(Out);
        if (wanted is null)
        {
            return new FileInfo(Path.Combine(DefaultFolder, name + ".docx"));
        }

        return many ? new FileInfo(Path.Combine(wanted, name + ".docx")) : new FileInfo(wanted);
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="file"/> (through the template when one was given) and prints the path.</summary>
    public void Write(ParseResult parse, OfficialDocument document, FileInfo file, byte[]? template)
    {
        try
        {
            file.Directory?.Create();
            using var output = new MemoryStream();
            if (template is null)
            {
                OfficialLayout.Write(document, output);
            }
            else
            {
                SchoolTemplate.Fill(document, new MemoryStream(template), output);
            }

            File.WriteAllBytes(file.FullName, output.ToArray());
        }
        catch (TemplateException ex)
        {
            throw new UserInputException($"mẫu văn bản '{parse.GetValue(Template)?.FullName}' (--template): {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"không ghi được tệp '{file.FullName}' (--out): {ex.Message}");
        }

        parse.InvocationConfiguration.Output.WriteLine($"Đã ghi: {file.FullName}");
    }

    /// <summary>The template's bytes, read once, or null for the built-in layout.</summary>
    public byte[]? ReadTemplate(ParseResult parse)
    {
        if (parse.GetValue(Template) is not { } file)
        {
            return null;
        }

        if (!file.Exists)
        {
            throw new UserInputException($"không tìm thấy mẫu văn bản '{file.FullName}' (--template).");
        }

        return File.ReadAllBytes(file.FullName);
    }

    /// <summary>The session named by <paramref name="id"/>, or a Vietnamese error listing the valid ids.</summary>
    public static Session FindSession(SchoolCalendar calendar, string id) =>
        calendar.Find(id) ?? throw new UserInputException(
            $"không có buổi đối thoại '{id}' (--session). Các mã hợp lệ: {string.Join(", ", calendar.Sessions.Select(s => s.Id))}.");
}
