using DoiThoai.Reports.Workspace;

namespace DoiThoai.Addin.Contracts;

/// <summary><c>GET /api/sessions/{id}/digest</c>: what the Word digest states, computed by the same code.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Total">The session's submissions.</param>
/// <param name="Places">Classes or rooms that sent at least one.</param>
/// <param name="ExpectedPlaces">Classes or rooms that should send.</param>
/// <param name="PlaceWord"><c>lớp</c> or <c>phòng</c>.</param>
/// <param name="Topics">The submissions by topic, in the profile's order.</param>
/// <param name="DuplicateGroups">The IDs of each group of near duplicates; group n is at index n - 1.</param>
/// <param name="Silent">Classes or rooms that sent nothing.</param>
/// <param name="Late">IDs received after the deadline.</param>
public sealed record DigestResponse(
    string SessionId,
    int Total,
    int Places,
    int ExpectedPlaces,
    string PlaceWord,
    IReadOnlyList<DigestTopicResponse> Topics,
    IReadOnlyList<IReadOnlyList<string>> DuplicateGroups,
    IReadOnlyList<string> Silent,
    IReadOnlyList<string> Late)
{
    public static DigestResponse From(SessionDigest digest)
    {
        var figures = digest.Figures;
        return new DigestResponse(
            digest.Session.Id,
            figures.Submissions.Count,
            figures.PlacesHeard,
            figures.Expected.Count,
            figures.PlaceWord,
            [.. figures.Topics.Select(t => new DigestTopicResponse(t.Key, [.. t.Select(s => new DigestSubmissionResponse(
                s.Id, s.ClassOrRoom, s.Content, figures.IsLate(s), figures.GroupOf.TryGetValue(s.Id, out var g) ? g : null))]))],
            [.. figures.DuplicateGroups.Select(g => (IReadOnlyList<string>)[.. g.Select(s => s.Id)])],
            figures.Silent,
            [.. figures.Late.Select(s => s.Id)]);
    }
}
