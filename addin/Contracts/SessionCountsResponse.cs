namespace DoiThoai.Addin.Contracts;

/// <summary>How a session's submissions stand.</summary>
/// <param name="Submissions">Submissions the session takes up.</param>
/// <param name="Late">Of those, received after the deadline.</param>
/// <param name="Answered">Of those, handled (any status but <c>Mới</c>).</param>
public sealed record SessionCountsResponse(int Submissions, int Late, int Answered);
