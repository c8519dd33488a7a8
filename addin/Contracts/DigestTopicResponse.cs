namespace DoiThoai.Addin.Contracts;

/// <summary>One topic of the digest and its submissions, in the profile's order of topics.</summary>
public sealed record DigestTopicResponse(string Topic, IReadOnlyList<DigestSubmissionResponse> Submissions);
