using DoiThoai.Addin.Problems;
using DoiThoai.Reports;

namespace DoiThoai.Addin.Hosting;

/// <summary>Every Vietnamese text of the host (error titles, start-up messages), in one place so a teacher can review the wording.</summary>
public static class HostTexts
{
    /// <summary>The short title of a problem with <paramref name="code"/>; its detail says the rest.</summary>
    public static string Title(string code) => code switch
    {
        ErrorCodes.SessionUnknown => "Không có buổi đối thoại này",
        ErrorCodes.MonthUnknown => "Không có tháng đối thoại này",
        ErrorCodes.SessionMismatch => "Biên bản của buổi khác",
        ErrorCodes.MinutesInvalid => "Biên bản không đọc được",
        ErrorCodes.WorkbookNotFound => "Không tìm thấy sổ tổng hợp",
        ErrorCodes.WorkbookInvalid => "Sổ tổng hợp không đọc được",
        ErrorCodes.WorkbookOpenInEditor => "Sổ tổng hợp đang mở trong Excel hoặc LibreOffice",
        ErrorCodes.WorkbookBusy => "Sổ tổng hợp đang được ghi",
        ErrorCodes.WorkbookUnavailable => "Không truy cập được sổ tổng hợp",
        ErrorCodes.GraphConfiguration => "Cấu hình Microsoft 365 chưa đúng",
        ErrorCodes.ProfileInvalid => "Hồ sơ trường không hợp lệ",
        ErrorCodes.TemplateInvalid => "Mẫu văn bản của trường không dùng được",
        ErrorCodes.TooLarge => "Tệp gửi lên quá lớn",
        ErrorCodes.BadInput => "Yêu cầu không hợp lệ",
        ErrorCodes.OutputIsInput or ErrorCodes.OutputExists or ErrorCodes.OutputUnwritable => "Không ghi được văn bản",
        ErrorCodes.NotAvailable => "Chỉ có khi dùng Microsoft 365",
        ErrorCodes.NothingToRemind => "Không có lớp nào cần nhắc",
        ErrorCodes.ConsentRequired => "Cần đăng nhập lại Microsoft 365",
        ErrorCodes.GraphBusy => "Microsoft 365 đang bận",
        ErrorCodes.GraphUnavailable => "Microsoft 365 không thực hiện được yêu cầu",
        ErrorCodes.GraphNotFound => "Không tìm thấy trên Microsoft 365",
        HostErrorCodes.NotFound => "Không có trang này",
        HostErrorCodes.MethodNotAllowed => "Không hỗ trợ cách gọi này",
        HostErrorCodes.UnsupportedMediaType => "Loại dữ liệu không được hỗ trợ",
        HostErrorCodes.HostNotAllowed => "Địa chỉ máy chủ không được phép",
        HostErrorCodes.SignInRequired => "Cần đăng nhập Microsoft 365",
        HostErrorCodes.ForbiddenRole => "Không có quyền",
        HostErrorCodes.LinkInvalid => "Liên kết không hợp lệ",
        HostErrorCodes.LinkExpired => "Liên kết đã hết hạn",
        HostErrorCodes.AuthConfiguration => "Cấu hình đăng nhập Microsoft 365 chưa đúng",
        _ => "Lỗi máy chủ",
    };

    public const string NotFoundDetail = "Không có trang hoặc chức năng ở địa chỉ này. Kiểm tra lại địa chỉ, hoặc mở trang chủ của DoiThoai.";

    public const string MethodNotAllowedDetail = "Địa chỉ này không nhận cách gọi (phương thức HTTP) đó.";

    public const string InternalDetail = "Máy chủ DoiThoai gặp lỗi ngoài dự kiến; không có gì bị ghi dở. Thử lại; nếu lỗi lặp lại, báo cán bộ tin học (chi tiết nằm trong nhật ký của máy chủ).";

    public const string BadRequestDetail = "Yêu cầu có tham số không hợp lệ (ví dụ số văn bản phải là số từ 1 đến 9999, ngày viết yyyy-MM-dd). Xem docs/api.md.";

    public static string StatusDetail(int status) => $"Máy chủ trả lời mã {status} cho yêu cầu này.";

    public const string HostNotAllowedDetail = "Máy chủ DoiThoai chỉ trả lời các yêu cầu gửi tới chính máy này (localhost, 127.0.0.1).";

    public const string MinutesBodyMissing = "Chưa gửi biên bản: nội dung yêu cầu trống. Gửi tệp biên bản (.docx) đã điền, hoặc các ô của biên bản dạng JSON.";

    public static string MinutesMediaType(string? contentType) =>
        $"Không đọc được dữ liệu loại '{contentType ?? "(không ghi)"}'. Gửi tệp Word (.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document hoặc application/octet-stream) hoặc JSON (application/json).";

    public static string TooLarge(long limit) => $"Tệp hoặc dữ liệu gửi lên lớn hơn {limit / (1024 * 1024)} MB; biên bản đã điền thường chỉ vài trăm KB. Kiểm tra lại tệp đã chọn.";

    public static string JsonUnreadable(string? where) =>
        $"Dữ liệu JSON không đọc được{(where is null ? string.Empty : $" (ở {where})")}: sai cú pháp hoặc sai kiểu dữ liệu (xem docs/api.md).";

    public const string UploadedMinutes = "biên bản gửi lên";

    public static string ViewUnknown(string view) => $"Không có cách xem '{view}'; dùng view=docx (mặc định, tệp Word) hoặc view=html (trang xem trước).";

    public static string FormatUnknown(string format) => $"Không có dạng '{format}'; dùng format=json (mặc định) hoặc format=docx.";

    public static string DateUnreadable(string text) => $"Ngày '{text}' không hợp lệ; viết yyyy-MM-dd, ví dụ 2022-11-02.";

    public static string NotLoopback(string address) =>
        $"Máy chủ DoiThoai chỉ chạy trên chính máy này (localhost, 127.0.0.1, [::1]) khi chưa cấu hình đăng nhập Microsoft 365 (DoiThoai:Auth); địa chỉ '{address}' cho máy khác truy cập nên bị từ chối. Bỏ --urls, dùng ví dụ --urls http://127.0.0.1:5080, hoặc cấu hình DoiThoai:Auth (docs/microsoft-365.md).";

    public const string SignInRequiredDetail =
        "Yêu cầu này cần đăng nhập bằng tài khoản Microsoft 365 của trường (mã đăng nhập thiếu, hết hạn hoặc không dành cho DoiThoai). Mở lại ngăn DoiThoai để đăng nhập.";

    public const string ForbiddenRoleDetail =
        "Tài khoản của thầy cô không có vai trò được làm việc này (hiệu trưởng, thư ký, giáo viên chủ nhiệm, ban quản lý bán trú theo hồ sơ trường). Nếu cần, nhờ cán bộ tin học bổ sung địa chỉ thư của thầy cô vào hồ sơ trường.";

    public static string ForbiddenClass(string classOrRoom) =>
        $"Thầy cô chỉ xem được ý kiến của lớp hoặc phòng mình phụ trách; '{classOrRoom}' không thuộc số đó.";

    public const string SignInAgain =
        "Microsoft 365 cần thầy cô đăng nhập lại (hoặc xác thực thêm, hoặc đồng ý cấp quyền) trước khi tiếp tục.";

    public const string LinkInvalidDetail =
        "Liên kết tải văn bản này không hợp lệ (có thể bị sao chép thiếu hoặc bị sửa). Tạo liên kết mới trong DoiThoai.";

    public const string LinkExpiredDetail =
        "Liên kết tải văn bản chỉ dùng được 10 phút và đã hết hạn. Tạo liên kết mới trong DoiThoai.";

    public const string AuthIncomplete =
        "Mục cấu hình DoiThoai:Auth cần cả DoiThoai:Auth:ClientId (Application (client) ID) và DoiThoai:Auth:TenantId (Directory (tenant) ID) của ứng dụng đã đăng ký trong Entra ID. Xem docs/microsoft-365.md.";

    public static string AuthInstanceInvalid(string instance) =>
        $"DoiThoai:Auth:Instance '{instance}' không dùng được: phải là địa chỉ https (ví dụ https://login.microsoftonline.com/); http chỉ được dùng với máy chủ đăng nhập thử nghiệm trên chính máy này.";

    public const string SignInEnabled =
        "Chế độ Microsoft 365: mọi API cần đăng nhập; máy chủ được phép nhận kết nối từ máy khác.";

    public const string NoDevelopmentCertificate =
        "Chưa có chứng chỉ HTTPS phát triển nên máy chủ chỉ chạy http. Office cần https để mở ngăn tác vụ: chạy lệnh 'dotnet dev-certs https --trust' một lần rồi khởi động lại máy chủ.";

    public const string NoAddressLeft =
        "Không còn địa chỉ nào để chạy: các địa chỉ https cần chứng chỉ (chạy 'dotnet dev-certs https --trust'), hoặc thêm một địa chỉ http, ví dụ --urls http://127.0.0.1:5080.";

    public static string Started(IEnumerable<string> addresses, string mode) =>
        $"DoiThoai đang chạy ({mode}) tại: {string.Join(", ", addresses)}. Mở địa chỉ trên trong trình duyệt, hoặc nạp thử (sideload) add-in ở thư mục gốc của mã nguồn: manifest.word.xml vào Word (thư ký, cách làm: docs/secretary.md), manifest.xml vào Outlook (hiệu trưởng, cách làm: docs/principal.md).";

    public static string SampleWorkbookCreated(string path) => $"Đã tạo sổ tổng hợp mẫu (có ý kiến hư cấu) tại {path}.";

    public static string WorkbookMissing(string path) => $"Chưa có sổ tổng hợp '{path}' (DoiThoai:Workbook); các trang sẽ báo lỗi cho tới khi có tệp này.";

    public static string WorkbookTurnUnavailable(string reason) =>
        $"Không lấy được lượt ghi sổ tổng hợp qua Redis (DoiThoai:Redis), nơi các bản chạy của máy chủ nhường nhau khi ghi: {reason} Chưa ghi gì; thử lại sau ít phút.";

    public static string WorkbookTurnLost(string? reason) =>
        $"Lượt ghi sổ tổng hợp giữ trong Redis (DoiThoai:Redis) không gia hạn được{(reason is null ? " (đã hết hạn)" : ": " + reason)}; một bản chạy khác có thể ghi cùng lúc. Kiểm tra Redis và các dòng vừa ghi.";

    public static string LocalWorkbookScaledOut(string settings, string workbook) =>
        $"Có {settings} (cấu hình cho nhiều bản chạy sau một bộ cân bằng tải) nhưng sổ tổng hợp là tệp trên máy này ({workbook}). Mỗi bản chạy đọc và ghi sổ của riêng mình nên các bản sẽ trả lời khác nhau. Khi chạy nhiều bản, đặt sổ trên Microsoft 365 (DoiThoai:Graph) hoặc cho mọi bản dùng chung một tệp (DoiThoai:Workbook trỏ tới cùng một đường dẫn).";

    public static string DocumentKept(string path) => $"Đã lưu bản sao văn bản: {path}";

    public static string DocumentSavedToDrive(string where) => $"Đã lưu văn bản vào thư mục OneDrive/SharePoint: {where}";

    public static string DocumentNotKept(string reason) => $"Không lưu được bản sao văn bản vào thư mục dữ liệu: {reason}";
}
