namespace DoiThoai.Reports.Submissions.Validation;

/// <summary>Lengths the reader checks, beyond Excel's own cell limit.</summary>
public static class SubmissionLimits
{
    /// <summary>
    /// Longest content kept without a warning: 4,000 characters, about two pages; longer text does not fit a
    /// minutes table row and should be summarised by the homeroom teacher.
    /// </summary>
    public const int ContentLength = 4_000;
}
