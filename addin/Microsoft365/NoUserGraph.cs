using DoiThoai.Reports;
using Microsoft.Graph;

namespace DoiThoai.Addin.Microsoft365;

/// <summary>The embedded default: nobody signs in, so nothing can be done in a user's mailbox or calendar.</summary>
public sealed class NoUserGraph : IUserGraph
{
    public bool IsAvailable => false;

    public GraphServiceClient ForCurrentUser() => throw new DoiThoaiException(ErrorCodes.NotAvailable,
        "Việc này cần đăng nhập Microsoft 365 (thư và lịch của người dùng); máy chủ đang chạy ở chế độ trên máy. Xem README: cấu hình Microsoft 365.");
}
