using System.CommandLine;

namespace DoiThoai.Cli;

/// <summary>Options that several commands share, so they are spelt and described the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo?> School() => new("--school")
    {
        Description = "Tệp hồ sơ trường (JSON). Bỏ trống: dùng hồ sơ có sẵn của Trường THPT số 2 Bắc Hà, 2022-2023.",
    };

    public static Option<FileInfo?> Out() => new("--out")
    {
        Description = "Tệp kết quả. Bỏ trống: in ra màn hình hoặc ghi vào đường dẫn mặc định (được in ra).",
    };
}
