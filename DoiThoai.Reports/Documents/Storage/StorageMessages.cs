namespace DoiThoai.Reports.Documents.Storage;

/// <summary>The Vietnamese wording of saving documents to OneDrive/SharePoint, in one place.</summary>
internal static class StorageMessages
{
    public const string Permission = "Files.ReadWrite.All";

    public static string Task(GraphDocumentFolder folder, string name) => $"lưu văn bản {name} vào thư mục OneDrive/SharePoint ({folder.Description})";

    public const string DriveMissing = "Thiếu mã ổ OneDrive/SharePoint (drive id) của thư mục lưu văn bản.";

    public const string FolderIdMissing = "Thiếu mã thư mục (item id) lưu văn bản trên OneDrive/SharePoint.";

    public static string BadFolderPath(string path) =>
        $"Đường dẫn thư mục '{path}' không hợp lệ: các phần cách nhau bởi một dấu /, không phần nào để trống.";

    public static string BadName(string name) =>
        $"Tên tệp '{name}' không dùng được trên OneDrive/SharePoint: cần tên tệp .docx, không có các ký tự \" * : < > ? / \\ | và không bắt đầu hay kết thúc bằng dấu cách.";

    public static string Exists(GraphDocumentFolder folder, string name) =>
        $"Thư mục {folder.Description} đã có tệp '{name}'. DoiThoai chỉ thay các tệp văn bản do chính nó đặt tên (bao-cao-…, bien-ban-…, tong-hop-…), " +
        "nên không ghi đè tệp này; hãy chọn tên khác.";

    public const string NoItemReturned = "Microsoft 365 không trả về tệp vừa lưu.";
}
