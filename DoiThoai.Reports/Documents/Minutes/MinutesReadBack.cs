using NodaTime;

namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>Everything read back from a filled minutes document.</summary>
/// <param name="SessionId">The session the minutes belong to (custom property), or null if missing.</param>
/// <param name="Entries">One per submission found, in document order.</param>
/// <param name="OnTheSpot">Questions raised at the session.</param>
/// <param name="EndTimeText">The end time as typed, or null.</param>
/// <param name="EndTime">The end time understood, or null when empty or not understood.</param>
/// <param name="Problems">Vietnamese messages about what could not be understood.</param>
public sealed record MinutesReadBack(
    string? SessionId,
    IReadOnlyList<MinutesEntry> Entries,
    IReadOnlyList<OnTheSpotQuestion> OnTheSpot,
    string? EndTimeText,
    LocalTime? EndTime,
    IReadOnlyList<string> Problems);
