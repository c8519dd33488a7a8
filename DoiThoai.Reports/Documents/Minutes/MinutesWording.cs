namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>The Vietnamese wording of the minutes that the reader must recognise again (placeholders, headers).</summary>
public static class MinutesWording
{
    public const string AnswerPlaceholder = "Nhập nội dung trả lời.";
    public const string HandlingPlaceholder = "Chọn cách xử lý";
    public const string EndTimePlaceholder = "… giờ … phút";
    public const string DisseminationPlaceholder = "Thư ký ghi tóm tắt nội dung lãnh đạo nhà trường phổ biến.";
    public const string ConclusionPlaceholder = "Thư ký ghi kết luận của chủ tọa.";
    public const string OnTheSpotContentHeader = "Ý kiến, câu hỏi nêu tại buổi";
    public const string OnTheSpotPlaceholder = "Thư ký ghi các ý kiến nêu tại buổi vào bảng.";
    /// <summary>The closing line before the end time; the reader falls back on it when a program dropped the control's tag and title.</summary>
    public const string ClosingPrefix = "Cuộc họp kết thúc vào ";

    /// <summary>What follows the end time in the closing line.</summary>
    public const string ClosingDateSeparator = ", ngày ";

    public const string ClassOrRoomHeader = "Lớp / Phòng";
    public const string AnswerHeader = "Trả lời";

    /// <summary>Texts that mean "nothing typed yet" even when a program dropped the placeholder flag.</summary>
    public static readonly IReadOnlySet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal)
    {
        AnswerPlaceholder, HandlingPlaceholder, EndTimePlaceholder, DisseminationPlaceholder, ConclusionPlaceholder, OnTheSpotPlaceholder,
    };
}
