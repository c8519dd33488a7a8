namespace DoiThoai.Reports.Submissions.WriteBack;

/// <summary>
/// The outcome of a write-back, per submission ID: saved (and confirmed by reading back), already as asked,
/// or not saved with the reason in Vietnamese. Nothing half-written is ever reported as saved.
/// </summary>
public sealed record WriteBackResult(IReadOnlyList<string> Saved, IReadOnlyList<string> Unchanged, IReadOnlyList<WriteBackFailure> Failed)
{
    public bool Succeeded => Failed.Count == 0;
}

/// <summary>A submission that could not be written, and why (e.g. <c>Không tìm thấy mã ý kiến 2022-10-015</c>).</summary>
public sealed record WriteBackFailure(string Id, string Message);
