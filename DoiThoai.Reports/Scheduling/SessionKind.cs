namespace DoiThoai.Reports.Scheduling;

/// <summary>Định kỳ (one per cohort per teaching month) or đột xuất (added by hand).</summary>
public enum SessionKind
{
    Regular,
    Extra,
}
