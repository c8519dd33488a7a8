namespace DoiThoai.Addin.Contracts;

/// <summary>A submission in the digest: no student name at all (the leadership reads the question, not who asked).</summary>
/// <param name="Id">The submission's ID.</param>
/// <param name="ClassOrRoom">Who sent it.</param>
/// <param name="Content">The question or recommendation.</param>
/// <param name="Late">Received after the deadline.</param>
/// <param name="DuplicateGroup">The number of its group of near duplicates (from 1), or null.</param>
public sealed record DigestSubmissionResponse(string Id, string ClassOrRoom, string Content, bool Late, int? DuplicateGroup);
