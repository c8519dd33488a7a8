using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;

namespace DoiThoai.Reports.Scheduling;

/// <summary>
/// The machine form of a school calendar, documented in the README:
/// <c>{"schoolYear", "sessions": [{"id", "cohort", "kind", "start", "deadline", "notice", "reason", "warnings": [{"code", "message", "suggestion"}]}]}</c>.
/// Instants are ISO 8601 with the zone's offset (<c>2022-10-28T14:00:00+07:00</c>); the notice is a date.
/// </summary>
public static class CalendarJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Vietnamese stays readable in the output instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SchoolCalendar calendar)
    {
        var sessions = new JsonArray();
        foreach (var s in calendar.Sessions)
        {
            // As a JsonNode: the generic Add<T> would serialize by reflection, which trimming and native AOT cannot keep.
            sessions.Add((JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["cohort"] = s.Cohort.ToString(),
                ["kind"] = s.Kind.ToString(),
                ["start"] = Iso(s.Start),
                ["deadline"] = Iso(s.Deadline),
                ["notice"] = s.Notice is { } n ? $"{n.Year:0000}-{n.Month:00}-{n.Day:00}" : null,
                ["reason"] = s.Reason,
                ["warnings"] = Warnings(s.Warnings),
            });
        }

        var skipped = new JsonArray();
        foreach (var s in calendar.Skipped)
        {
            skipped.Add((JsonNode)new JsonObject { ["id"] = s.Id, ["cohort"] = s.Cohort.ToString(), ["warnings"] = Warnings(s.Warnings) });
        }

        var root = new JsonObject { ["schoolYear"] = calendar.SchoolYear, ["sessions"] = sessions, ["skipped"] = skipped };
        return root.ToJsonString(Options);
    }

    private static JsonArray Warnings(IEnumerable<CalendarWarning> warnings) =>
        new(warnings.Select(w => (JsonNode)new JsonObject { ["code"] = w.Code, ["message"] = w.Message, ["suggestion"] = w.Suggestion }).ToArray());

    /// <summary><c>2022-10-28T14:00:00+07:00</c>.</summary>
    public static string Iso(ZonedDateTime value) => value.ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
