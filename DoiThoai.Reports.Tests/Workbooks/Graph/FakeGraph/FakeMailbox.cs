using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>
/// The signed-in person's mailbox: <c>POST /me/messages</c> (a draft: <c>id</c>, <c>webLink</c>, <c>isDraft: true</c>),
/// lookup by a string extended property (<c>$filter=singleValueExtendedProperties/Any(ep: ep/id eq '...' and ep/value
/// eq '...')</c>), <c>DELETE</c>, file attachments inline (at most 3 MB, <c>#microsoft.graph.fileAttachment</c>) and
/// through <c>attachments/createUploadSession</c> (3 MB and more; smaller is refused as Exchange does).
/// </summary>
public sealed partial class FakeMailbox(FakeUploads uploads)
{
    public const int InlineLimit = 3 * 1024 * 1024;

    private readonly List<FakeMessage> _messages = [];
    private int _counter;

    public IReadOnlyList<FakeMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public FakeAnswer? TryAnswer(FakeHttpRequest request)
    {
        if (!request.Path.StartsWith("/me/messages", StringComparison.Ordinal))
        {
            return null;
        }

        lock (_messages)
        {
            if (request.Path == "/me/messages")
            {
                return request.Method switch
                {
                    "POST" => Create(request),
                    "GET" => List(request),
                    _ => null,
                };
            }

            if (MessagePath().Match(request.Path) is not { Success: true } m)
            {
                return null;
            }

            var message = _messages.FirstOrDefault(x => x.Id == m.Groups["id"].Value);
            if (message is null)
            {
                return FakeJson.Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
            }

            return (request.Method, m.Groups["rest"].Value) switch
            {
                ("GET", "") => FakeJson.Node(200, Json(message)),
                ("DELETE", "") => Delete(message),
                ("POST", "/attachments") => AttachInline(message, request),
                ("GET", "/attachments") => Attachments(message, request.QueryValue("$select")),
                ("POST", "/attachments/createUploadSession") => StartUpload(message, request),
                _ => null,
            };
        }
    }

    private FakeAnswer Create(FakeHttpRequest request)
    {
        var json = FakeJson.Parse(request);
        var to = (FakeJson.Get(json, "toRecipients")?.AsArray() ?? [])
            .Select(r => r!["emailAddress"]!)
            .Select(e => (e["address"]!.GetValue<string>(), e["name"]?.GetValue<string>()))
            .ToList();
        var body = FakeJson.Get(json, "body");

        // Ids carry '=' like Exchange's, so escaping in paths is exercised.
        var message = new FakeMessage(
            $"AAMkADmsg{++_counter:0000}AAA=",
            FakeJson.Get(json, "subject")?.GetValue<string>() ?? "",
            body?["contentType"]?.GetValue<string>() ?? "text",
            body?["content"]?.GetValue<string>() ?? "",
            to);
        foreach (var property in FakeJson.Get(json, "singleValueExtendedProperties")?.AsArray() ?? [])
        {
            message.ExtendedProperties[property!["id"]!.GetValue<string>()] = property["value"]!.GetValue<string>();
        }

        _messages.Add(message);
        return FakeJson.Node(201, Json(message));
    }

    private FakeAnswer List(FakeHttpRequest request)
    {
        IEnumerable<FakeMessage> found = _messages;
        if (request.QueryValue("$filter") is { } filter)
        {
            if (FakeFilters.ExtendedProperty(filter) is not { } test)
            {
                return FakeJson.Error(400, "ErrorInvalidUrlQueryFilter", $"The fake does not know the filter {filter}.");
            }

            found = found.Where(m => test(m.ExtendedProperties));
        }

        var top = int.TryParse(request.QueryValue("$top"), CultureInfo.InvariantCulture, out var t) ? t : 10;
        var value = new JsonArray([.. found.Take(top).Select(m => (JsonNode)FakeJson.Select(Json(m), request.QueryValue("$select")))]);
        return FakeJson.Node(200, new JsonObject { ["value"] = value });
    }

    private FakeAnswer Delete(FakeMessage message)
    {
        _messages.Remove(message);
        return new FakeAnswer(204, null);
    }

    private static FakeAnswer AttachInline(FakeMessage message, FakeHttpRequest request)
    {
        var json = FakeJson.Parse(request);
        if (FakeJson.Get(json, "@odata.type")?.GetValue<string>() != "#microsoft.graph.fileAttachment")
        {
            return FakeJson.Error(400, "ErrorInvalidRequest", "@odata.type must be #microsoft.graph.fileAttachment.");
        }

        var content = Convert.FromBase64String(FakeJson.Get(json, "contentBytes")?.GetValue<string>() ?? "");
        if (content.Length > InlineLimit)
        {
            return FakeJson.Error(413, "ErrorRequestEntityTooLarge", "Attach files of 3 MB or more through an upload session.");
        }

        var attachment = new FakeAttachment(
            $"{message.Id[..^1]}att{message.Attachments.Count + 1}=",
            FakeJson.Get(json, "name")?.GetValue<string>() ?? "",
            FakeJson.Get(json, "contentType")?.GetValue<string>(),
            content,
            ViaUploadSession: false);
        message.Attachments.Add(attachment);
        var answer = AttachmentJson(attachment);
        answer["contentBytes"] = Convert.ToBase64String(content);
        return FakeJson.Node(201, answer);
    }

    private static FakeAnswer Attachments(FakeMessage message, string? select) =>
        FakeJson.Node(200, new JsonObject { ["value"] = new JsonArray([.. message.Attachments.Select(a => (JsonNode)FakeJson.Select(AttachmentJson(a), select))]) });

    private FakeAnswer StartUpload(FakeMessage message, FakeHttpRequest request)
    {
        var item = FakeJson.Get(FakeJson.Parse(request), "AttachmentItem")?.AsObject() ?? throw new JsonException("AttachmentItem is required");
        var size = FakeJson.Get(item, "size")!.GetValue<long>();
        var name = FakeJson.Get(item, "name")?.GetValue<string>() ?? "";
        if (FakeJson.Get(item, "attachmentType")?.GetValue<string>() != "file")
        {
            return FakeJson.Error(400, "ErrorInvalidRequest", "attachmentType must be file.");
        }

        if (size < InlineLimit)
        {
            return FakeJson.Error(400, "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize", "Attachment size should not be less than 3 MB.");
        }

        var contentType = FakeJson.Get(item, "contentType")?.GetValue<string>();
        var origin = request.Origin;
        var (_, url) = uploads.Start(origin, outlook: true, size, bytes =>
        {
            lock (_messages)
            {
                var attachment = new FakeAttachment($"{message.Id[..^1]}att{message.Attachments.Count + 1}=", name, contentType, bytes, ViaUploadSession: true);
                message.Attachments.Add(attachment);
                return new FakeAnswer(201, null, new Dictionary<string, string>
                {
                    ["Location"] = $"https://outlook.office.com/api/v2.0/Users('fake')/Messages('{message.Id}')/Attachments('{attachment.Id}')",
                });
            }
        });
        return FakeJson.Object(201, w =>
        {
            w.WriteString("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.uploadSession");
            w.WriteString("uploadUrl", url);
            w.WriteString("expirationDateTime", DateTimeOffset.UtcNow.AddHours(1).ToString("O", CultureInfo.InvariantCulture));
            w.WriteStartArray("nextExpectedRanges");
            w.WriteStringValue("0-");
            w.WriteEndArray();
        });
    }

    private static JsonObject Json(FakeMessage message) => new()
    {
        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users('fake')/messages/$entity",
        ["id"] = message.Id,
        ["subject"] = message.Subject,
        ["isDraft"] = message.IsDraft,
        ["webLink"] = message.WebLink,
        ["hasAttachments"] = message.Attachments.Count > 0,
        ["body"] = new JsonObject { ["contentType"] = message.BodyType, ["content"] = message.Body },
        ["toRecipients"] = new JsonArray([.. message.To.Select(r => (JsonNode)new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = r.Name, ["address"] = r.Address } })]),
    };

    private static JsonObject AttachmentJson(FakeAttachment attachment) => new()
    {
        ["@odata.type"] = "#microsoft.graph.fileAttachment",
        ["id"] = attachment.Id,
        ["name"] = attachment.Name,
        ["contentType"] = attachment.ContentType,
        // Exchange counts more than the file's bytes in size: nothing may match attachments by size.
        ["size"] = attachment.Content.Length + 317,
        ["isInline"] = false,
    };

    [GeneratedRegex("^/me/messages/(?<id>[^/]+)(?<rest>(/attachments(/createUploadSession)?)?)$")]
    private static partial Regex MessagePath();
}
