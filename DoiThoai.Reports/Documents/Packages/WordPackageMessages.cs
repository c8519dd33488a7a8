using System.Globalization;

namespace DoiThoai.Reports.Documents.Packages;

/// <summary>What a person is told when a Word package from outside is refused (<see cref="WordPackageLimits"/>), in Vietnamese.</summary>
internal static class WordPackageMessages
{
    public const string NotWord = "tệp không phải là tài liệu Word (.docx/.dotx): không đọc được cấu trúc gói của tài liệu Word.";

    public const string IsWorkbook = "tệp là sổ Excel (.xlsx), không phải tài liệu Word (.docx/.dotx); hãy chọn đúng tệp Word.";

    public const string Unreadable = "tệp không phải là tài liệu Word (.docx/.dotx) đọc được: cấu trúc gói hoặc nội dung XML bị hỏng.";

    public static string TooManyParts(int count, int max) =>
        $"tệp có {Number(count)} phần, quá giới hạn {Number(max)} phần của một tài liệu Word; tệp bị từ chối.";

    public static string PartTooLarge(string part, long max) =>
        $"phần '{part}' của tệp khi giải nén lớn hơn {max / (1024 * 1024)} MB, quá giới hạn của một tài liệu Word; tệp bị từ chối.";

    public static string PackageTooLarge(long max) =>
        $"tệp khi giải nén lớn hơn {max / (1024 * 1024)} MB, quá giới hạn của một tài liệu Word; tệp bị từ chối.";

    public static string Doctype(string part) =>
        $"phần '{part}' của tệp có khai báo DOCTYPE (DTD); tài liệu Word không dùng DTD nên tệp bị từ chối vì lý do an toàn.";

    // Vietnamese groups thousands with a dot: 1.001.
    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');

    public static string Damaged(string part) => $"phần '{part}' của tệp bị hỏng, không giải nén được.";
}
