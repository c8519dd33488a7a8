using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Tests.Documents;
using Microsoft.Playwright;

namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>
/// The host's API (docs/api.md) answered by Playwright routes, for page tests before the host has its endpoints:
/// October 2022's day session of <see cref="DocumentTestData"/>, its real minutes .docx, and every POST kept.
/// </summary>
internal sealed partial class RoutedApi
{
    public const string SessionId = "2022-10-day";
    public const string OtherSessionId = "2022-11-day";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The session's submissions (the day cohort of October 2022).</summary>
    public IReadOnlyList<Submission> Submissions { get; } = SessionSubmissions.For(DocumentTestData.DaySession, DocumentTestData.October2022());

    /// <summary>The minutes the host would give for the session.</summary>
    public byte[] Minutes { get; } = DocumentTestData.Layout(MinutesBuilder.Build(DocumentTestData.Profile, DocumentTestData.DaySession, DocumentTestData.October2022()));

    /// <summary>Which session the host calls next; tests set another to see the document's session win.</summary>
    public string NextSessionId { get; set; } = SessionId;

    /// <summary>A title for the session (tests put markup here).</summary>
    public string SessionTitle { get; set; } = "Buổi đối thoại học sinh khác, tháng 10/2022";

    /// <summary>The content of the digest's first submission (tests put markup here).</summary>
    public string DigestContent { get; set; } = "Đề nghị sửa quạt trần phòng học lớp 10A1 bị hỏng";

    /// <summary>When set, POST minutes answers this status with a ProblemDetails.</summary>
    public (int Status, string Code, string Title, string Detail)? SaveProblem { get; set; }

    /// <summary>Every POST to /api/sessions/{id}/minutes: content type and body.</summary>
    public ConcurrentQueue<(string ContentType, byte[] Body)> Saves { get; } = new();

    public async Task RouteAsync(IPage page)
    {
        await page.RouteAsync("**/api/**", HandleAsync);
    }

    private async Task HandleAsync(IRoute route)
    {
        var request = route.Request;
        var path = new Uri(request.Url).AbsolutePath;
        var query = new Uri(request.Url).Query;
        if (await HandlePrincipalAsync(route, path))
        {
            return;
        }

        if (path == "/api/sessions")
        {
            await Json(route, Sessions());
        }
        else if (path == $"/api/sessions/{SessionId}/submissions")
        {
            await Json(route, SubmissionList());
        }
        else if (path == $"/api/sessions/{SessionId}/digest" && query.Contains("format=docx", StringComparison.Ordinal))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = DocxType, BodyBytes = Minutes, Headers = Disposition("tong-hop-2022-10-day.docx") });
        }
        else if (path == $"/api/sessions/{SessionId}/digest")
        {
            await Json(route, Digest());
        }
        else if (path == $"/api/sessions/{SessionId}/minutes" && request.Method == "GET")
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = DocxType, BodyBytes = Minutes, Headers = Disposition("bien-ban-2022-10-day.docx") });
        }
        else if (path == $"/api/sessions/{SessionId}/minutes" && request.Method == "POST")
        {
            Saves.Enqueue((request.Headers.TryGetValue("content-type", out var type) ? type : "", request.PostDataBuffer ?? []));
            if (SaveProblem is { } problem)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = problem.Status,
                    ContentType = "application/problem+json",
                    Body = new JsonObject { ["title"] = problem.Title, ["detail"] = problem.Detail, ["status"] = problem.Status, ["code"] = problem.Code }.ToJsonString(),
                });
                return;
            }

            await Json(route, new JsonObject
            {
                ["sessionId"] = SessionId,
                ["saved"] = new JsonArray("2022-10-001"),
                ["unchanged"] = new JsonArray(),
                ["empty"] = new JsonArray("2022-10-002"),
                ["unknown"] = new JsonArray(new JsonObject { ["id"] = "2022-09-004", ["message"] = "Không thuộc buổi này." }),
                ["failed"] = new JsonArray(),
                ["added"] = new JsonArray("2022-10-013"),
                ["problems"] = new JsonArray("<b>Giờ kết thúc</b> chưa ghi."),
                ["message"] = "Đã lưu 1 câu trả lời; thêm 1 ý kiến nêu tại buổi.",
            });
        }
        else
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "application/problem+json", Body = """{"title":"Không tìm thấy","detail":"Không có địa chỉ này.","status":404,"code":"NOT_FOUND"}""" });
        }
    }

    private static Dictionary<string, string> Disposition(string name) => new() { ["Content-Disposition"] = $"attachment; filename={name}; filename*=UTF-8''{name}" };

    private static Task Json(IRoute route, JsonNode body) =>
        route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json; charset=utf-8", Body = body.ToJsonString() });

    private JsonObject Sessions() => new()
    {
        ["schoolYear"] = "2022-2023",
        ["school"] = "TRƯỜNG THPT SỐ 2 BẮC HÀ",
        ["nextSessionId"] = NextSessionId,
        ["sessions"] = new JsonArray(
            Session(SessionId, SessionTitle, "Thứ Sáu 28/10/2022 14:00", "15:00 Thứ Năm 27/10/2022", new JsonArray(), Submissions.Count),
            Session(OtherSessionId, "Buổi đối thoại học sinh khác, tháng 11/2022", "Thứ Hai 28/11/2022 14:00", "15:00 Chủ Nhật 27/11/2022",
                new JsonArray(new JsonObject { ["code"] = "DEADLINE_ON_WEEKEND", ["message"] = "Hạn gửi ý kiến rơi vào Chủ Nhật 27/11/2022.", ["suggestion"] = "Đặt hạn vào 15:00 Thứ Sáu 25/11/2022." }),
                0)),
    };

    private static JsonObject Session(string id, string title, string startText, string deadlineText, JsonArray warnings, int submissions) => new()
    {
        ["id"] = id,
        ["cohort"] = "Day",
        ["cohortName"] = "Học sinh khác",
        ["kind"] = "Regular",
        ["month"] = id[..7],
        ["title"] = title,
        ["start"] = "2022-10-28T14:00:00+07:00",
        ["startText"] = startText,
        ["deadline"] = "2022-10-27T15:00:00+07:00",
        ["deadlineText"] = deadlineText,
        ["warnings"] = warnings,
        ["counts"] = new JsonObject { ["submissions"] = submissions, ["late"] = 1, ["answered"] = 2 },
    };

    private JsonObject SubmissionList() => new()
    {
        ["sessionId"] = SessionId,
        ["rejectedRows"] = 0,
        ["submissions"] = new JsonArray([.. Submissions.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = s.Id,
            ["receivedOn"] = s.ReceivedOn.ToString("yyyy-MM-dd", null),
            ["classOrRoom"] = s.ClassOrRoom,
            ["topic"] = s.Topic,
            ["content"] = s.Content,
            ["studentName"] = s.IsAnonymous ? null : s.StudentName,
            ["anonymous"] = s.IsAnonymous,
            ["channel"] = "Email",
            ["channelText"] = "Thư điện tử",
            ["status"] = s.Status.ToString(),
            ["statusText"] = s.Status.ToString(),
            ["answer"] = s.Answer,
            ["answeredBy"] = null,
            ["late"] = false,
        })]),
    };

    private JsonObject Digest() => new()
    {
        ["sessionId"] = SessionId,
        ["total"] = 2,
        ["places"] = 2,
        ["expectedPlaces"] = 14,
        ["placeWord"] = "lớp",
        ["topics"] = new JsonArray(new JsonObject
        {
            ["topic"] = "Cơ sở vật chất",
            ["submissions"] = new JsonArray(
                new JsonObject { ["id"] = "2022-10-001", ["classOrRoom"] = "10A1", ["content"] = DigestContent, ["late"] = false, ["duplicateGroup"] = 1 },
                new JsonObject { ["id"] = "2022-10-002", ["classOrRoom"] = "10A2", ["content"] = "Đề nghị nhà trường sửa quạt trần phòng học bị hỏng", ["late"] = true, ["duplicateGroup"] = 1 }),
        }),
        ["duplicateGroups"] = new JsonArray(new JsonArray("2022-10-001", "2022-10-002")),
        ["silent"] = new JsonArray("10A3", "11A2"),
        ["late"] = new JsonArray("2022-10-002"),
    };

    /// <summary>The JSON body of a save, parsed.</summary>
    public static JsonDocument ParseJson(byte[] body) => JsonDocument.Parse(body);
}
