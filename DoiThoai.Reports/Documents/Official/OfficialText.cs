using System.Globalization;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Documents.Official;

/// <summary>Text forms of official documents; the characters allowed come from the one sanitizer, <see cref="UntrustedText"/>.</summary>
public static class OfficialText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Upper case the Vietnamese way, for the bodies' names and the signer's authority.</summary>
    public static string Upper(string text) => UntrustedText.ForDocument(text).ToUpper(Vietnamese);
}
