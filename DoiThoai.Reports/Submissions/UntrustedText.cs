using System.Text;

namespace DoiThoai.Reports.Submissions;

/// <summary>
/// The one sanitizer for text typed by users (cells, answers, questions, names) on its way into a workbook, a
/// document or a page's data: characters XML 1.0 cannot carry (C0 controls other than tab and line breaks,
/// lone surrogates, U+FFFE/U+FFFF) are dropped, so the text never breaks a part (Word calls a file corrupt for
/// a single such character), and the rest is NFC-normalised. Writers always store it as a string, never as a
/// formula, so <c>=1+1</c> stays text. Thread-safe (pure functions).
/// </summary>
public static class UntrustedText
{
    /// <summary>A cell's text: XML-invalid characters removed, NFC, trimmed. Returns the same instance when nothing changes.</summary>
    public static string Clean(string text)
    {
        if (IsPlainNfc(text))
        {
            return text.Trim();
        }

        var valid = IsXmlValid(text) ? text : StripInvalid(text, lineEnds: false);

        // Normalize() first checks whether the text is already NFC and then returns it unchanged.
        return valid.Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>
    /// Text for a document's text node: XML-invalid characters removed, line endings made <c>\n</c> (a
    /// <c>\r\n</c> or a lone <c>\r</c> ends one line), NFC; not trimmed (layout may need the spaces). Null
    /// becomes empty.
    /// </summary>
    public static string ForDocument(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsPlainNfc(text) && !text.Contains('\r'))
        {
            return text;
        }

        var valid = IsXmlValid(text) && !text.Contains('\r') ? text : StripInvalid(text, lineEnds: true);
        return valid.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// One line of plain text output (a terminal, a log): every line break (also U+0085, U+2028, U+2029) becomes a
    /// visible <c>⏎</c>, and tabs and other control characters (C1 ones a terminal obeys, DEL) a space, so a cell
    /// cannot forge lines of the report around it nor steer the terminal.
    /// </summary>
    public static string OneLine(string text)
    {
        var clean = ForDocument(text);
        if (!clean.AsSpan().ContainsAny(LineControls))
        {
            return clean;
        }

        var line = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            _ = c switch
            {
                '\n' or '\u0085' or '\u2028' or '\u2029' => line.Append(" ⏎ "),
                _ when char.IsControl(c) => line.Append(' '),
                _ => line.Append(c),
            };
        }

        return line.ToString();
    }

    // What may break or steer a line of terminal output: C0 and C1 controls, DEL, the Unicode line and paragraph separators.
    private static readonly System.Buffers.SearchValues<char> LineControls = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), .. Enumerable.Range(0x7F, 0x21).Select(i => (char)i), '\u2028', '\u2029']);

    /// <summary>
    /// The fast path for almost every cell: printable characters below U+0300 (Latin, no combining marks) and
    /// precomposed Vietnamese letters (U+1EA0-U+1EF9) are XML-valid and NFC as they stand, without asking ICU.
    /// </summary>
    private static bool IsPlainNfc(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x20 ? c is not ('\t' or '\n' or '\r') : c >= 0x300 && c is < (char)0x1EA0 or > (char)0x1EF9)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every character may appear in XML 1.0 (tab, line breaks, and no lone surrogates or control characters).</summary>
    public static bool IsXmlValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x20 && c < 0xD800)
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsValidSingle(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidSingle(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);

    private static string StripInvalid(string text, bool lineEnds)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (lineEnds && c == '\r')
            {
                kept.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (IsValidSingle(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
