using System.Text;

namespace DoiThoai.Reports.Submissions;

/// <summary>
/// Text typed by users (cells, answers) on its way in or out of a workbook: characters XML cannot hold are
/// dropped (so the text never breaks a document part), the rest is NFC-normalised and trimmed. Writers
/// always store it as a string, never as a formula, so <c>=1+1</c> stays text.
/// </summary>
public static class UntrustedText
{
    /// <summary>Removes XML-invalid characters, normalises to NFC and trims. Returns the same instance when nothing changes.</summary>
    public static string Clean(string text)
    {
        if (IsPlainNfc(text))
        {
            return text.Trim();
        }

        var valid = IsXmlValid(text) ? text : StripInvalid(text);

        // Normalize() first checks whether the text is already NFC and then returns it unchanged.
        return valid.Normalize(NormalizationForm.FormC).Trim();
    }

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

    private static string StripInvalid(string text)
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
            else if (IsValidSingle(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
