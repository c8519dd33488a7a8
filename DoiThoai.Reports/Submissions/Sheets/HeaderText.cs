using System.Globalization;
using System.Text;

namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// Header matching that forgives what teachers do to headers: case, extra spaces, punctuation and
/// missing diacritics (<c>"ngay nhan"</c> matches <c>"Ngày nhận"</c>).
/// </summary>
public static class HeaderText
{
    /// <summary>A comparison key: NFC → NFD without combining marks, <c>đ</c> → <c>d</c>, lower case, letters and digits only.</summary>
    public static string Key(string header)
    {
        // Cleaned first: a lone surrogate from a damaged cell would make Normalize throw.
        var decomposed = UntrustedText.Clean(header).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower == 'đ')
            {
                lower = 'd';
            }

            if (char.IsLetterOrDigit(lower))
            {
                key.Append(lower);
            }
        }

        return key.ToString();
    }
}
