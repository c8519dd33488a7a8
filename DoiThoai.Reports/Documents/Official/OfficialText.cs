using System.Globalization;
using System.Text;

namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// The one sanitizer for user text on its way into a document: characters XML cannot carry (C0 controls
/// other than tab and newline, lone surrogates, U+FFFE/U+FFFF) are dropped, line endings become <c>\n</c>.
/// Word calls a file corrupt for a single such character, so every text node goes through here.
/// </summary>
public static class OfficialText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The text with XML-invalid characters removed; null becomes empty.</summary>
    public static string Sanitize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                // \r\n and a lone \r both end a line.
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }
            }
            else if (IsAllowedSingle(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Upper case the Vietnamese way, for the bodies' names and the signer's authority.</summary>
    public static string Upper(string text) => Sanitize(text).ToUpper(Vietnamese);

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (!IsAllowedSingle(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowedSingle(char c) =>
        c == '\t' || c == '\n' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
