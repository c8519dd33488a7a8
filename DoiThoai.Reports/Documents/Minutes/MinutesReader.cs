using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;

namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>
/// Reads a filled minutes document (saved by Word or LibreOffice) back: per submission the answer and the
/// handling, the questions raised on the spot and the end time. Controls are found by tag, or by title when
/// a program dropped the tags (LibreOffice 7.4 does); a handling drop-down that lost both is found in the
/// last cell of its answer's table row; the on-the-spot table by its control or by its header text.
/// Placeholder texts count as empty whether or not the placeholder flag survived.
/// </summary>
public static partial class MinutesReader
{
    /// <summary>Reads <paramref name="docx"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a Word document (message in Vietnamese).</exception>
    public static MinutesReadBack Read(Stream docx)
    {
        WordprocessingDocument package;
        try
        {
            package = WordprocessingDocument.Open(docx, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            throw new InvalidDataException("tệp không phải là tài liệu Word (.docx): " + ex.Message, ex);
        }

        using (package)
        {
            var body = package.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("tệp Word không có nội dung.");
            var problems = new List<string>();
            var answers = new Dictionary<string, (string? Text, TableRow? Row)>(StringComparer.Ordinal);
            var handlings = new Dictionary<string, string?>(StringComparer.Ordinal);
            var order = new List<string>();
            string? endTimeText = null;
            Table? onTheSpotTable = null;

            foreach (var sdt in body.Descendants<SdtElement>())
            {
                var properties = sdt.SdtProperties;
                var key = MinutesTags.Resolve(properties?.GetFirstChild<Tag>()?.Val?.Value, properties?.GetFirstChild<SdtAlias>()?.Val?.Value);
                if (key is null)
                {
                    continue;
                }

                if (key.StartsWith(MinutesTags.AnswerPrefix, StringComparison.Ordinal))
                {
                    var id = key[MinutesTags.AnswerPrefix.Length..];
                    if (answers.ContainsKey(id))
                    {
                        problems.Add($"Mã ý kiến {id} có hơn một ô trả lời; chỉ lấy ô đầu tiên.");
                        continue;
                    }

                    answers[id] = (Value(sdt), sdt.Ancestors<TableRow>().FirstOrDefault());
                    order.Add(id);
                }
                else if (key.StartsWith(MinutesTags.HandlingPrefix, StringComparison.Ordinal))
                {
                    handlings.TryAdd(key[MinutesTags.HandlingPrefix.Length..], Value(sdt));
                }
                else if (key == MinutesTags.EndTime)
                {
                    endTimeText ??= Value(sdt);
                }
                else if (key == MinutesTags.OnTheSpot)
                {
                    // Word keeps the table inside the control; LibreOffice 7.4 leaves the control in its first cell.
                    onTheSpotTable ??= sdt.Descendants<Table>().FirstOrDefault() ?? sdt.Ancestors<Table>().FirstOrDefault();
                }
            }

            onTheSpotTable ??= body.Descendants<Table>().FirstOrDefault(t =>
                t.Elements<TableRow>().FirstOrDefault()?.Elements<TableCell>().Any(c => CellText(c) == MinutesWording.OnTheSpotContentHeader) == true);

            var entries = new List<MinutesEntry>();
            foreach (var id in order)
            {
                var (answer, row) = answers[id];
                if (!handlings.TryGetValue(id, out var handling) && row is not null)
                {
                    handling = Clean(CellText(row.Elements<TableCell>().Last()));
                }

                entries.Add(new MinutesEntry(id, answer, handling));
            }

            foreach (var id in handlings.Keys.Where(id => !answers.ContainsKey(id)))
            {
                entries.Add(new MinutesEntry(id, null, handlings[id]));
            }

            endTimeText ??= ClosingLineTime(body);
            var endTime = endTimeText is null ? null : ParseTime(endTimeText);
            if (endTimeText is not null && endTime is null)
            {
                problems.Add($"Không hiểu giờ kết thúc '{endTimeText}' (viết như 21 giờ 15 phút hoặc 21:15).");
            }

            return new MinutesReadBack(
                package.CustomFilePropertiesPart?.Properties?.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
                    .FirstOrDefault(p => p.Name?.Value == MinutesTags.SessionProperty)?.InnerText,
                entries,
                onTheSpotTable is null ? [] : Questions(onTheSpotTable),
                endTimeText,
                endTime,
                problems);
        }
    }

    /// <summary>The end time as written in the closing line, when its control lost tag and title (LibreOffice 7.4 with inline rich text).</summary>
    private static string? ClosingLineTime(Body body)
    {
        var line = body.Descendants<Paragraph>().Select(p => Text(p)).FirstOrDefault(t => t.StartsWith(MinutesWording.ClosingPrefix, StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var rest = line[MinutesWording.ClosingPrefix.Length..];
        var end = rest.LastIndexOf(MinutesWording.ClosingDateSeparator, StringComparison.Ordinal);
        return Clean(end < 0 ? rest : rest[..end]);
    }

    /// <summary><c>21 giờ 15 phút</c>, <c>21 giờ</c>, <c>21h15</c>, <c>21:15</c>.</summary>
    public static LocalTime? ParseTime(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value) : 0;
        return hour < 24 && minute < 60 ? new LocalTime(hour, minute) : null;
    }

    [GeneratedRegex(@"^\s*(?<h>\d{1,2})\s*(?:giờ|h|g|:)\s*(?:(?<m>\d{1,2})\s*(?:phút|p|')?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();

    private static List<OnTheSpotQuestion> Questions(Table table)
    {
        var questions = new List<OnTheSpotQuestion>();
        foreach (var row in table.Elements<TableRow>().Skip(1))
        {
            var cells = row.Elements<TableCell>().Select(CellText).ToList();
            if (cells.Count < 3)
            {
                continue;
            }

            var content = Clean(cells[2]);
            if (content is null)
            {
                continue;
            }

            questions.Add(new OnTheSpotQuestion(Clean(cells[1]), content, cells.Count > 3 ? Clean(cells[3]) : null));
        }

        return questions;
    }

    /// <summary>The control's text, or null when it shows its placeholder.</summary>
    private static string? Value(SdtElement sdt)
    {
        if (sdt.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is not null)
        {
            return null;
        }

        var content = sdt.Elements().FirstOrDefault(e => e is SdtContentBlock or SdtContentRun or SdtContentCell);
        return content is null ? null : Clean(Text(content));
    }

    private static string? Clean(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || MinutesWording.Placeholders.Contains(trimmed) ? null : trimmed;
    }

    private static string CellText(TableCell cell) => Text(cell).Trim();

    /// <summary>Paragraphs joined by newlines; breaks as newlines, tabs as tabs.</summary>
    private static string Text(OpenXmlElement element)
    {
        var builder = new StringBuilder();
        var paragraphs = element.Descendants<Paragraph>().ToList();
        if (paragraphs.Count == 0)
        {
            AppendRuns(builder, element);
            return builder.ToString();
        }

        foreach (var paragraph in paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            AppendRuns(builder, paragraph);
        }

        return builder.ToString();
    }

    private static void AppendRuns(StringBuilder builder, OpenXmlElement element)
    {
        foreach (var node in element.Descendants())
        {
            switch (node)
            {
                case Text t: builder.Append(t.Text); break;
                case Break: builder.Append('\n'); break;
                case TabChar: builder.Append('\t'); break;
            }
        }
    }
}
