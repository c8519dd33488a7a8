namespace DoiThoai.Reports.Submissions.WriteBack;

/// <summary>
/// The outcome of a write-back, per submission ID: saved (and confirmed by reading back), already as asked,
/// added as a new row, or not saved with the reason in Vietnamese. Nothing half-written is ever reported as saved.
/// </summary>
/// <param name="Saved">Existing rows changed and confirmed.</param>
/// <param name="Unchanged">Existing rows that already held what was asked.</param>
/// <param name="Failed">Rows not written, with the reason.</param>
public sealed record WriteBackResult(IReadOnlyList<string> Saved, IReadOnlyList<string> Unchanged, IReadOnlyList<WriteBackFailure> Failed)
{
    /// <summary>New rows written and confirmed.</summary>
    public IReadOnlyList<string> Added { get; init; } = [];

    public bool Succeeded => Failed.Count == 0;

    /// <summary>Nothing asked, nothing done.</summary>
    public static WriteBackResult Nothing { get; } = new([], [], []);
}

/// <summary>A submission that could not be written, and why (e.g. <c>Không tìm thấy mã ý kiến 2022-10-015</c>).</summary>
public sealed record WriteBackFailure(string Id, string Message);
