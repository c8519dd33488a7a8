using System.CommandLine;
using System.Globalization;
using DoiThoai.Reports.Workspace;
using NodaTime;

namespace DoiThoai.Cli.Commands;

/// <summary>
/// The options every document command shares (school, workbook, template, number, date, output, force) and the one
/// way a command writes its documents: every target is checked before anything is written, none replaces an input,
/// none replaces an existing file without <c>--force</c>.
/// </summary>
internal sealed class DocumentOptions
{
    /// <summary>Where documents go when <c>--out</c> is not given.</summary>
    public const string DefaultFolder = "van-ban";

    public WorkspaceOptions Workspace { get; } = new(withWorkbook: true, withTemplate: true);

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

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Ghi đè văn bản đã có cùng tên (không bao giờ ghi đè sổ tổng hợp hay mẫu văn bản).",
    };

    public void AddTo(Command command, bool withNumber = true, bool withDate = true)
    {
        Workspace.AddTo(command);
        if (withNumber)
        {
            command.Options.Add(Number);
        }

        if (withDate)
        {
            command.Options.Add(Date);
        }

        command.Options.Add(Out);
        command.Options.Add(Force);
    }

    public int? ReadNumber(ParseResult parse) => parse.GetValue(Number);

    /// <summary>The date asked for with <c>--date</c>, or null for today (the workspace checks that it makes sense).</summary>
    public LocalDate? ReadDate(ParseResult parse)
    {
        var text = parse.GetValue(Date);
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return LocalDate.FromDateTime(date);
        }

        throw new UserInputException($"ngày '{text}' không hợp lệ (--date): viết dd/MM/yyyy, ví dụ 02/11/2022.");
    }

    /// <summary>The file each document goes to: <c>--out</c> (a folder when <paramref name="many"/>), or <c>./van-ban/</c>.</summary>
    public string Target(ParseResult parse, PreparedDocument document, bool many)
    {
        var wanted = parse.GetValue(Out);
        if (wanted is null)
        {
            return Path.Combine(DefaultFolder, document.FileName);
        }

        if (string.IsNullOrWhiteSpace(wanted))
        {
            throw new UserInputException("--out còn trống; cần một tên tệp .docx" + (many ? " (hoặc thư mục khi dùng --all)." : "."));
        }

        return many ? Path.Combine(wanted, document.FileName) : wanted;
    }

    /// <summary>
    /// Renders and writes <paramref name="documents"/>, after checking every target first (so a refused one leaves
    /// nothing half done), and prints each path; warns once about workbook rows left out.
    /// </summary>
    public void Write(ParseResult parse, SchoolWorkspace workspace, IReadOnlyList<PreparedDocument> documents, bool many, IEnumerable<string?>? moreInputs = null)
    {
        var inputs = Workspace.Inputs(parse).Concat(moreInputs ?? []).ToList();
        var force = parse.GetValue(Force);
        var targets = documents.Select(d => DocumentFiles.Check(Target(parse, d, many), force, inputs)).ToList();
        if (targets.Distinct(StringComparer.Ordinal).Count() != targets.Count)
        {
            throw new UserInputException("nhiều văn bản cùng một tệp kết quả; dùng --out là một thư mục.");
        }

        if (documents.FirstOrDefault(d => d.RejectedRows > 0) is { } partial)
        {
            parse.InvocationConfiguration.Error.WriteLine("Cảnh báo: " + WorkspaceMessages.RejectedRowsLeftOut(partial.RejectedRows, partial.WorkbookDescription));
        }

        for (var i = 0; i < documents.Count; i++)
        {
            var bytes = workspace.Render(documents[i].Document);
            var written = DocumentFiles.Save(bytes, targets[i], force, inputs);
            parse.InvocationConfiguration.Output.WriteLine($"Đã ghi: {written}");
        }
    }
}
