using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DoiThoai.Reports.Documents.Packages;
using DoiThoai.Reports.Submissions;
using NodaTime;

namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>
/// Reads a filled minutes document back: per submission the answer and the handling, the questions raised on the
/// spot and the end time. Two entry points, one interpretation: a .docx saved by Word or LibreOffice
/// (<see cref="Read(Stream)"/>, which takes the <see cref="MinutesForm"/> out of the package), and the controls the
/// Word pane reads through Word's API (<see cref="Read(MinutesForm)"/>). Controls are found by tag, or by title when
/// a program dropped the tags (LibreOffice 7.4 does); a handling drop-down that lost both is found in the last cell
/// of its answer's table row; the on-the-spot table by its control or by its header text. Placeholder texts count as
/// empty whether or not the placeholder flag survived.
/// </summary>
public static partial class MinutesReader
{
    /// <summary>Reads <paramref name="docx"/>, once it has passed <see cref="WordPackageLimits"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a Word document that can be read (message in Vietnamese).</exception>
    /// <exception cref="DoiThoaiException">Refused by <see cref="WordPackageLimits"/>: a workbook, a DOCTYPE, over a limit.</exception>
    public static MinutesReadBack Read(Stream docx)
    {
        var seekable = docx;
        if (!docx.CanSeek)
        {
            seekable = new MemoryStream();
            docx.CopyTo(seekable);
            seekable.Position = 0;
        }

        WordPackageLimits.Check(seekable, ErrorCodes.MinutesInvalid);
        try
        {
            using var package = WordprocessingDocument.Open(seekable, false);
            return Read(MinutesDocumentForm.From(package));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or XmlException)
        {
            // The SDK's own messages are English and technical; the person is told what the file is not.
            throw new InvalidDataException(WordPackageMessages.Unreadable, ex);
        }
    }

    /// <summary>
    /// Reads what the secretary filled in, from the .docx or from the Word pane (content controls as Word's API
    /// gives them): the one interpretation of tags, titles and texts. A control is known by its tag or, failing
    /// that, its title (<see cref="MinutesTags.Resolve"/>); the first answer control of an ID counts (a second is
    /// reported); a handling whose control was lost is read in the last cell of its answer's row; the end time from
    /// its control or the closing line. Empty texts and placeholder texts count as nothing typed. Pure.
    /// </summary>
    public static MinutesReadBack Read(MinutesForm form)
    {
        var problems = new List<string>();
        var answers = new Dictionary<string, (string? Text, string? RowEnd)>(StringComparer.Ordinal);
        var handlings = new Dictionary<string, string?>(StringComparer.Ordinal);
        var order = new List<string>();
        string? endTimeText = null;

        foreach (var control in form.Controls)
        {
            var key = MinutesTags.Resolve(control.Tag, control.Title);
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

                answers[id] = (Clean(control.Text), control.RowEndText);
                order.Add(id);
            }
            else if (key.StartsWith(MinutesTags.HandlingPrefix, StringComparison.Ordinal))
            {
                handlings.TryAdd(key[MinutesTags.HandlingPrefix.Length..], Clean(control.Text));
            }
            else if (key == MinutesTags.EndTime)
            {
                endTimeText ??= Clean(control.Text);
            }
        }

        var entries = new List<MinutesEntry>();
        foreach (var id in order)
        {
            var (answer, rowEnd) = answers[id];
            if (!handlings.TryGetValue(id, out var handling) && rowEnd is not null)
            {
                handling = Clean(rowEnd);
            }

            entries.Add(new MinutesEntry(id, answer, handling));
        }

        foreach (var id in handlings.Keys.Where(id => !answers.ContainsKey(id)))
        {
            entries.Add(new MinutesEntry(id, null, handlings[id]));
        }

        endTimeText ??= ClosingLineTime(form.ClosingLine);
        var endTime = endTimeText is null ? null : ParseTime(endTimeText);
        if (endTimeText is not null && endTime is null)
        {
            problems.Add($"Không hiểu giờ kết thúc '{endTimeText}' (viết như 21 giờ 15 phút hoặc 21:15).");
        }

        return new MinutesReadBack(Clean(form.SessionId), entries, Questions(form.OnTheSpot), endTimeText, endTime, problems);
    }

    /// <summary>The end time as written in the closing line, when its control lost tag and title (LibreOffice 7.4 with inline rich text).</summary>
    private static string? ClosingLineTime(string? line)
    {
        if (line is null || !line.StartsWith(MinutesWording.ClosingPrefix, StringComparison.Ordinal))
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

    private static List<OnTheSpotQuestion> Questions(IEnumerable<MinutesTableRow> rows)
    {
        var questions = new List<OnTheSpotQuestion>();
        foreach (var row in rows)
        {
            if (Clean(row.Content) is { } content)
            {
                questions.Add(new OnTheSpotQuestion(Clean(row.ClassOrRoom), content, Clean(row.Answer)));
            }
        }

        return questions;
    }

    /// <summary>What was typed: line ends made <c>\n</c> (Word's API separates paragraphs with <c>\r</c>), trimmed; null when empty or a placeholder.</summary>
    private static string? Clean(string? text)
    {
        var trimmed = UntrustedText.ForDocument(text).Trim();
        return trimmed.Length == 0 || MinutesWording.Placeholders.Contains(trimmed) ? null : trimmed;
    }
}
