namespace DoiThoai.Reports.Submissions;

/// <summary>How a submission reached the school (plan, 5.3).</summary>
public enum SubmissionChannel
{
    /// <summary>Thư điện tử (bản mềm).</summary>
    Email,

    /// <summary>Giấy viết tay: for students who find it hard to speak up.</summary>
    HandwrittenPaper,

    /// <summary>Trực tiếp.</summary>
    Direct,
}
