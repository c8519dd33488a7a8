using DoiThoai.Reports.Schools;

namespace DoiThoai.Reports.Submissions;

/// <summary>
/// The Vietnamese words the workbook and documents use for statuses, channels and cohorts: one place,
/// so a teacher can review the wording, and the reader and writers agree.
/// </summary>
public static class SubmissionLabels
{
    public static readonly IReadOnlyDictionary<SubmissionStatus, string> Statuses = new Dictionary<SubmissionStatus, string>
    {
        [SubmissionStatus.New] = "Mới",
        [SubmissionStatus.Answered] = "Đã trả lời tại buổi",
        [SubmissionStatus.Resolved] = "Đã giải quyết",
        [SubmissionStatus.Forwarded] = "Đã chuyển cấp trên",
        [SubmissionStatus.OutsideAuthority] = "Ngoài thẩm quyền",
    };

    public static readonly IReadOnlyDictionary<SubmissionChannel, string> Channels = new Dictionary<SubmissionChannel, string>
    {
        [SubmissionChannel.Email] = "Thư điện tử",
        [SubmissionChannel.HandwrittenPaper] = "Giấy viết tay",
        [SubmissionChannel.Direct] = "Trực tiếp",
    };

    public static readonly IReadOnlyDictionary<Cohort, string> Cohorts = new Dictionary<Cohort, string>
    {
        [Cohort.Day] = "Học sinh khác",
        [Cohort.SemiBoarding] = "Bán trú",
    };

    public static readonly string Yes = "Có";
    public static readonly string No = "Không";
}
