using System.Text.RegularExpressions;

namespace DoiThoai.Reports.Documents.Storage;

/// <summary>
/// The file names DoiThoai gives the documents it generates: <c>bao-cao-2022-10.docx</c> (monthly report),
/// <c>bien-ban-2022-10-day.docx</c> (minutes), <c>tong-hop-2022-11-15-extra-semi-boarding.docx</c> (digest). A file of
/// one of these names in the documents folder is DoiThoai's to replace with a newer version; any other name is never
/// replaced.
/// </summary>
public static partial class GeneratedDocumentNames
{
    /// <summary>True for a name DoiThoai generates (exactly, lower case).</summary>
    public static bool IsGenerated(string fileName) => Pattern().IsMatch(fileName);

    // Session ids: 2022-10-day, 2022-10-semi-boarding, 2022-11-15-extra-day, 2022-11-15-extra-day-2.
    [GeneratedRegex(@"^(bao-cao-\d{4}-\d{2}|(bien-ban|tong-hop)-\d{4}-\d{2}(-\d{2}-extra)?-(day|semi-boarding)(-\d+)?)\.docx$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
