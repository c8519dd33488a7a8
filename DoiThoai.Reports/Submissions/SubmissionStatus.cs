namespace DoiThoai.Reports.Submissions;

/// <summary>Where a submission stands; the workbook's list sheet holds the Vietnamese labels (<see cref="SubmissionLabels"/>).</summary>
public enum SubmissionStatus
{
    /// <summary>Mới.</summary>
    New,

    /// <summary>Đã trả lời tại buổi đối thoại.</summary>
    Answered,

    /// <summary>Đã giải quyết.</summary>
    Resolved,

    /// <summary>Đã chuyển cấp trên.</summary>
    Forwarded,

    /// <summary>Ngoài thẩm quyền của trường.</summary>
    OutsideAuthority,
}
