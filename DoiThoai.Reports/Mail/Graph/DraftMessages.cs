namespace DoiThoai.Reports.Mail.Graph;

/// <summary>The Vietnamese wording of draft creation, in one place.</summary>
internal static class DraftMessages
{
    public const string Task = "tạo thư nháp trong Outlook";

    public const string Permission = "Mail.ReadWrite";

    public static string NotMade(string reason) => $"Chưa tạo được thư nháp (thư dở dang đã được xoá). {reason}";

    public static string LeftHalfMade(string subject, string attachment, string reason) =>
        $"Thư nháp \"{subject}\" đã được tạo nhưng chưa đính kèm được tệp {attachment}, và không xoá được thư dở dang đó: " +
        $"hãy xoá thư trong mục Thư nháp của Outlook rồi thử lại. {reason}";

    public const string NoDraftReturned = "Microsoft 365 không trả về thư nháp vừa tạo.";
}
