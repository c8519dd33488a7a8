using System.Text.RegularExpressions;

namespace DoiThoai.Cli;

/// <summary>
/// System.CommandLine words its parse errors in English and over several lines; the people who run
/// <c>doithoai</c> read Vietnamese, and scripts want one line. The common messages are translated here.
/// </summary>
internal static partial class ParseErrorText
{
    private static readonly (Regex Pattern, string Vietnamese)[] Translations =
    [
        (new(@"^Argument '(?<a>[^']*)' not recognized\. Must be one of:(?<b>.*)$", RegexOptions.Singleline), "giá trị '${a}' không hợp lệ; chọn một trong: ${b}"),
        (new(@"^Unrecognized command or argument '(?<a>[^']*)'\.$"), "không nhận ra lệnh hoặc tham số '${a}'"),
        (new(@"^Required command was not provided\.$"), "chưa chọn lệnh"),
        (new(@"^Option '(?<a>[^']*)' is required\.$"), "thiếu tùy chọn bắt buộc '${a}'"),
        (new(@"^Required argument missing for option: '(?<a>[^']*)'\.$"), "tùy chọn '${a}' cần một giá trị"),
        (new(@"^Required argument missing for command: '(?<a>[^']*)'\.$"), "lệnh '${a}' còn thiếu tham số"),
        (new(@"^Cannot parse argument '(?<a>[^']*)' for option '(?<b>[^']*)'.*$", RegexOptions.Singleline), "giá trị '${a}' của tùy chọn '${b}' sai kiểu"),
        (new(@"^Option '(?<a>[^']*)' expects a single argument but (?<b>\d+) were provided\.$"), "tùy chọn '${a}' chỉ nhận một giá trị (đang có ${b})"),
    ];

    public static string Translate(string message)
    {
        foreach (var (pattern, vietnamese) in Translations)
        {
            if (pattern.IsMatch(message))
            {
                message = pattern.Replace(message, vietnamese);
                break;
            }
        }

        return Whitespace().Replace(message, " ").Trim().TrimEnd(',');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
