using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>
/// The signed-in person's default calendar: <c>POST /me/events</c> (201 with <c>id</c>, <c>iCalUId</c>; a repeated
/// <c>transactionId</c> gives back the event already made), <c>PATCH</c> (fields replaced, extended properties set by
/// id), <c>DELETE</c>, and <c>GET /me/events</c> with the documented <c>$filter</c> on a string extended property,
/// <c>$expand</c> of extended properties by id, <c>$select</c>, <c>$top</c> and <c>@odata.nextLink</c>. Windows time
/// zone names and the few IANA ones the documents list are accepted; others are a 400.
/// </summary>
public sealed partial class FakeCalendar
{
    private static readonly HashSet<string> AcceptedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        "UTC", "SE Asia Standard Time", "Pacific Standard Time", "Asia/Bangkok", "Asia/Tokyo", "Europe/Paris",
    };

    private static readonly string[] WritableFields = ["subject", "body", "start", "end", "location", "isAllDay", "showAs", "isReminderOn", "reminderMinutesBeforeStart", "categories"];

    private readonly List<FakeEvent> _events = [];
    private int _counter;

    public IReadOnlyList<FakeEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>The event whose DoiThoai UID property holds <paramref name="uid"/>.</summary>
    public FakeEvent? ByProperty(string propertyId, string value) =>
        Events.FirstOrDefault(e => e.ExtendedProperties.TryGetValue(propertyId, out var v) && v == value);

    public FakeAnswer? TryAnswer(FakeHttpRequest request)
    {
        if (!request.Path.StartsWith("/me/events", StringComparison.Ordinal))
        {
            return null;
        }

        lock (_events)
        {
            if (request.Path == "/me/events")
            {
                return request.Method switch
                {
                    "POST" => Create(request),
                    "GET" => List(request),
                    _ => null,
                };
            }

            if (EventPath().Match(request.Path) is not { Success: true } m)
            {
                return null;
            }

            var found = _events.FirstOrDefault(e => e.Id == m.Groups["id"].Value);
            if (found is null)
            {
                return FakeJson.Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
            }

            switch (request.Method)
            {
                case "GET":
                    return FakeJson.Node(200, Json(found, FakeFilters.ExpandedProperties(request.QueryValue("$expand"))));
                case "DELETE":
                    _events.Remove(found);
                    return new FakeAnswer(204, null);
                case "PATCH":
                    var json = FakeJson.Parse(request);
                    if (Check(json) is { } refused)
                    {
                        return refused;
                    }

                    Write(found, json);
                    found.Patches++;
                    return FakeJson.Node(200, Json(found, null));
                default:
                    return null;
            }
        }
    }

    private FakeAnswer Create(FakeHttpRequest request)
    {
        var json = FakeJson.Parse(request);
        if (Check(json) is { } refused)
        {
            return refused;
        }

        var transaction = json["transactionId"]?.GetValue<string>();
        if (transaction is not null && _events.FirstOrDefault(e => e.TransactionId == transaction) is { } earlier)
        {
            return FakeJson.Node(201, Json(earlier, null));
        }

        var n = ++_counter;
        var created = new FakeEvent($"AAMkADevt{n:0000}AAA=", $"040000008200E00074C5B7101A82E0080000000{n:0000}", transaction);
        Write(created, json);
        _events.Add(created);
        return FakeJson.Node(201, Json(created, null));
    }

    private FakeAnswer List(FakeHttpRequest request)
    {
        IEnumerable<FakeEvent> found = _events;
        if (request.QueryValue("$filter") is { } filter)
        {
            if (FakeFilters.ExtendedProperty(filter) is not { } test)
            {
                return FakeJson.Error(400, "ErrorInvalidUrlQueryFilter", $"The fake does not know the filter {filter}.");
            }

            found = found.Where(e => test(e.ExtendedProperties));
        }

        var expand = request.QueryValue("$expand");
        var expanded = FakeFilters.ExpandedProperties(expand);
        if (expand is not null && expanded is null)
        {
            return FakeJson.Error(400, "BadRequest", $"The fake does not know the expansion {expand}.");
        }

        var top = int.TryParse(request.QueryValue("$top"), CultureInfo.InvariantCulture, out var t) ? t : 10;
        var skip = int.TryParse(request.QueryValue("$skip"), CultureInfo.InvariantCulture, out var s) ? s : 0;
        var all = found.ToList();
        var page = all.Skip(skip).Take(top).Select(e => (JsonNode)FakeJson.Select(Json(e, expanded), request.QueryValue("$select"))).ToList();
        var answer = new JsonObject { ["value"] = new JsonArray([.. page]) };
        if (skip + top < all.Count)
        {
            var query = request.Query.Where(q => q.Key != "$skip").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}");
            answer["@odata.nextLink"] = $"{request.Origin}/v1.0/me/events?{string.Join('&', query)}&%24skip={skip + top}";
        }

        return FakeJson.Node(200, answer);
    }

    private static FakeAnswer? Check(JsonObject json)
    {
        foreach (var name in new[] { "start", "end" })
        {
            if (json[name] is JsonObject time)
            {
                var zone = time["timeZone"]?.GetValue<string>();
                if (zone is null || !AcceptedZones.Contains(zone))
                {
                    return FakeJson.Error(400, "TimeZoneNotSupportedException", $"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{zone}'.");
                }

                if (!DateTime.TryParseExact(time["dateTime"]?.GetValue<string>(), ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.fffffff"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return FakeJson.Error(400, "ErrorInvalidRequest", "dateTime must be {date}T{time}.");
                }
            }
        }

        if (json["isAllDay"]?.GetValue<bool>() == true
            && (json["start"]?["dateTime"]?.GetValue<string>() is not { } start || !start.EndsWith("T00:00:00", StringComparison.Ordinal)
                || json["end"]?["dateTime"]?.GetValue<string>() is not { } end || !end.EndsWith("T00:00:00", StringComparison.Ordinal)))
        {
            return FakeJson.Error(400, "ErrorInvalidRequest", "An all-day event starts and ends at midnight.");
        }

        return null;
    }

    private static void Write(FakeEvent target, JsonObject json)
    {
        foreach (var field in WritableFields)
        {
            if (json[field] is { } value)
            {
                target.Fields[field] = value.DeepClone();
            }
        }

        foreach (var property in json["singleValueExtendedProperties"]?.AsArray() ?? [])
        {
            target.ExtendedProperties[property!["id"]!.GetValue<string>()] = property["value"]!.GetValue<string>();
        }
    }

    private static JsonObject Json(FakeEvent e, IReadOnlySet<string>? expanded)
    {
        var json = new JsonObject
        {
            ["@odata.etag"] = $"W/\"etag-{e.Id}-{e.Patches}\"",
            ["id"] = e.Id,
            ["iCalUId"] = e.ICalUId,
            ["transactionId"] = e.TransactionId,
        };
        foreach (var (name, value) in e.Fields)
        {
            json[name] = value?.DeepClone();
        }

        if (expanded is not null)
        {
            json["singleValueExtendedProperties"] = new JsonArray([.. e.ExtendedProperties
                .Where(p => expanded.Contains(p.Key))
                .Select(p => (JsonNode)new JsonObject { ["id"] = p.Key, ["value"] = p.Value })]);
        }

        return json;
    }

    [GeneratedRegex("^/me/events/(?<id>[^/]+)$")]
    private static partial Regex EventPath();
}
