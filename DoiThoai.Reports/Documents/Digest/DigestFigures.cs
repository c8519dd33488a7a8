using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Documents.Digest;

/// <summary>
/// What a pre-session digest states, computed once so the Word digest (<see cref="DigestBuilder"/>) and the pane's
/// JSON agree: the session's submissions by topic, the groups of near duplicates across classes or rooms, the
/// late ones, and who sent nothing. Immutable; <see cref="Of"/> is pure.
/// </summary>
public sealed record DigestFigures
{
    /// <summary>The session's submissions, by ID.</summary>
    public required IReadOnlyList<Submission> Submissions { get; init; }

    /// <summary>The submissions by topic, in the profile's order (<see cref="SessionSubmissions.ByTopic"/>).</summary>
    public required IReadOnlyList<IGrouping<string, Submission>> Topics { get; init; }

    /// <summary>Groups of near duplicates (<see cref="NearDuplicates"/>), each ordered by ID; group n is <c>DuplicateGroups[n - 1]</c>.</summary>
    public required IReadOnlyList<IReadOnlyList<Submission>> DuplicateGroups { get; init; }

    /// <summary>Submission ID → its duplicate group's number (from 1); absent when it has none.</summary>
    public required IReadOnlyDictionary<string, int> GroupOf { get; init; }

    /// <summary>Received after the session's deadline, by ID.</summary>
    public required IReadOnlyList<Submission> Late { get; init; }

    /// <summary>The classes (day cohort) or rooms (semi-boarding) that should send submissions, as the profile lists them.</summary>
    public required IReadOnlyList<string> Expected { get; init; }

    /// <summary>Those of <see cref="Expected"/> that sent nothing.</summary>
    public required IReadOnlyList<string> Silent { get; init; }

    /// <summary><c>lớp</c> or <c>phòng</c>: what the cohort's places are called.</summary>
    public required string PlaceWord { get; init; }

    /// <summary>How many expected places sent at least one submission.</summary>
    public int PlacesHeard => Expected.Count - Silent.Count;

    /// <summary>Whether <paramref name="submission"/> came after the deadline.</summary>
    public bool IsLate(Submission submission) => Late.Contains(submission);

    /// <param name="profile">The school.</param>
    /// <param name="session">The coming session.</param>
    /// <param name="submissions">All submissions; the session's are picked here.</param>
    public static DigestFigures Of(SchoolProfile profile, Session session, IEnumerable<Submission> submissions)
    {
        var own = SessionSubmissions.For(session, submissions);
        var duplicates = NearDuplicates.Find(own);
        var groupOf = duplicates.SelectMany((g, i) => g.Select(s => (s.Id, Group: i + 1))).ToDictionary(x => x.Id, x => x.Group, StringComparer.Ordinal);
        var expected = session.Cohort == Cohort.SemiBoarding ? profile.BoardingRooms : profile.Classes;
        return new DigestFigures
        {
            Submissions = own,
            Topics = SessionSubmissions.ByTopic(own, profile.Topics),
            DuplicateGroups = duplicates,
            GroupOf = groupOf,
            Late = own.Where(s => SessionSubmissions.IsLate(s, session)).ToList(),
            Expected = expected,
            Silent = expected.Where(p => !own.Any(s => string.Equals(s.ClassOrRoom, p, StringComparison.OrdinalIgnoreCase))).ToList(),
            PlaceWord = session.Cohort == Cohort.SemiBoarding ? "phòng" : "lớp",
        };
    }
}
