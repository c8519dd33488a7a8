using NodaTime;
using NodaTime.TimeZones;

namespace DoiThoai.Reports.Scheduling.Graph;

/// <summary>
/// The time zone name Outlook events are written in. Graph documents Windows names for <c>start</c>/<c>end</c>
/// (<c>SE Asia Standard Time</c>) and only some IANA ones (Asia/Ho_Chi_Minh is not among them), so the profile's IANA
/// zone is mapped through CLDR's Windows table, which NodaTime carries (no dependency on the machine's ICU or registry).
/// A zone without a Windows name is written in UTC, so the instant is still right.
/// </summary>
internal static class GraphTimeZone
{
    public const string Utc = "UTC";

    /// <summary>
    /// The Windows name of <paramref name="zone"/>, or null: the CLDR row naming the zone itself, else the Windows
    /// zone whose primary zone it is, else a row naming an alias of it (CLDR keeps old names such as Asia/Saigon),
    /// else what the machine's ICU says.
    /// </summary>
    public static string? WindowsName(DateTimeZone zone)
    {
        var source = TzdbDateTimeZoneSource.Default;
        var mapping = source.WindowsMapping;
        var canonical = Canonical(source, zone.Id);
        var exact = mapping.MapZones.FirstOrDefault(m => m.TzdbIds.Contains(zone.Id, StringComparer.Ordinal));
        var primary = mapping.PrimaryMapping.FirstOrDefault(p => Canonical(source, p.Value) == canonical).Key;
        var alias = mapping.MapZones.FirstOrDefault(m => m.TzdbIds.Any(id => Canonical(source, id) == canonical));
        return exact?.WindowsId ?? primary ?? alias?.WindowsId
            ?? (TimeZoneInfo.TryConvertIanaIdToWindowsId(zone.Id, out var windows) ? windows : null);
    }

    /// <summary>
    /// The zone name and the local time to write for <paramref name="local"/> in <paramref name="zone"/>. Without a
    /// Windows name the time is converted to UTC; an all-day entry keeps its midnight (Graph wants all-day events to
    /// start and end at midnight, and the day is what matters).
    /// </summary>
    public static (string TimeZone, LocalDateTime Local) ForGraph(DateTimeZone zone, LocalDateTime local, bool allDay = false) =>
        WindowsName(zone) is { } windows
            ? (windows, local)
            : (Utc, allDay ? local : local.InZoneLeniently(zone).WithZone(DateTimeZone.Utc).LocalDateTime);

    private static string Canonical(TzdbDateTimeZoneSource source, string id) =>
        source.CanonicalIdMap.TryGetValue(id, out var canonical) ? canonical : id;
}
