using System.Globalization;
using System.Text.RegularExpressions;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Tests.TestData;
using NodaTime;

namespace DoiThoai.Reports.Tests.Scheduling;

/// <summary>
/// The .ics VTIMEZONE covers the school year it is written for, also in a zone whose daylight saving rules changed
/// since (Mexico City dropped daylight saving in October 2022, Tehran in September 2022, São Paulo in 2019): a calendar
/// reader resolves each event's local time with the observance in force at that date, so one must begin at or before
/// the first event and carry NodaTime's offset there.
/// </summary>
[TestClass]
public sealed class CalendarIcsTimeZoneTest
{
    private static readonly Regex Observance = new(@"BEGIN:(STANDARD|DAYLIGHT)\r?\n(?<body>.*?)END:\1", RegexOptions.Singleline);

    [TestMethod]
    [DataRow("America/Mexico_City")]
    [DataRow("Asia/Tehran")]
    [DataRow("America/Sao_Paulo")]
    [DataRow("Asia/Ho_Chi_Minh")]
    public void The_time_zone_begins_before_the_first_event_with_its_offset(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var profile = TestProfiles.Profile with { TimeZone = zone };
        var calendar = SessionCalendar.Build(profile);
        var text = CalendarIcs.Write(calendar, profile);

        var vtimezone = text[text.IndexOf("BEGIN:VTIMEZONE", StringComparison.Ordinal)..(text.IndexOf("END:VTIMEZONE", StringComparison.Ordinal))];
        var onsets = Observance.Matches(vtimezone)
            .SelectMany(m => Values(m.Groups["body"].Value, "DTSTART").Concat(Values(m.Groups["body"].Value, "RDATE"))
                .Select(start => (Start: Local(start), OffsetTo: Values(m.Groups["body"].Value, "TZOFFSETTO").Single())))
            .OrderBy(o => o.Start)
            .ToList();
        Assert.IsNotEmpty(onsets, vtimezone);

        var first = calendar.Sessions.Min(s => s.Deadline.LocalDateTime);
        Assert.IsTrue(onsets[0].Start <= first, $"{zoneId}: the first observance begins {onsets[0].Start}, after the first event {first}\n{vtimezone}");

        // The observance in force at the first event says what NodaTime says.
        var inForce = onsets.Last(o => o.Start <= first);
        var offset = zone.AtLeniently(first).Offset;
        Assert.AreEqual(Format(offset), inForce.OffsetTo, $"{zoneId} at {first}\n{vtimezone}");
    }

    private static IEnumerable<string> Values(string body, string name) =>
        body.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal))
            .SelectMany(l => l[(l.IndexOf(':') + 1)..].Split(','));

    private static LocalDateTime Local(string value) =>
        LocalDateTime.FromDateTime(DateTime.ParseExact(value.TrimEnd('Z'), "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));

    private static string Format(Offset offset)
    {
        var span = offset.ToTimeSpan();
        return (span < TimeSpan.Zero ? "-" : "+") + span.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
    }
}
