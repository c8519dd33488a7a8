namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// System errors about files, said in Vietnamese: a person should never read "Access to the path … is denied" in the
/// middle of a Vietnamese line. Null for exceptions that are not about files.
/// </summary>
public static class FileErrors
{
    private const int DiskFullWindows = unchecked((int)0x80070070);
    private const int DiskFullUnix = 28;

    /// <summary>A file that is not there.</summary>
    public const string NotFound = "không tìm thấy tệp.";

    public static string? Describe(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "không có quyền đọc hoặc ghi ở đó (hoặc tệp chỉ được đọc).",
        DirectoryNotFoundException => "thư mục không tồn tại.",
        FileNotFoundException => NotFound,
        PathTooLongException => "đường dẫn quá dài.",
        IOException io when io.HResult == DiskFullWindows || (io.HResult & 0xFFFF) == DiskFullUnix => "ổ đĩa đã đầy.",
        IOException => "tệp đang được chương trình khác dùng, hoặc ổ đĩa báo lỗi.",
        _ => null,
    };
}
