using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Tests.Documents;
using Microsoft.Playwright;
using NodaTime;

namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>
/// The principal's endpoints and sign-in (docs/api.md, "The principal's endpoints (Outlook)"), answered with the
/// documented shapes: October 2022 of <see cref="DocumentTestData"/>, its figures computed by
/// <see cref="MonthlyFigures"/> (the report's own computation) and its real monthly report .docx. In Microsoft 365
/// mode every route but /api/config wants a bearer token the test accepts; every request is kept.
/// </summary>
internal sealed partial class RoutedApi
{
    public const string Month = "2022-10";
    public const string ClientId = "11111111-2222-3333-4444-555555555555";
    public const string Authority = "https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000aa";
    public const string ApiScope = "api://127.0.0.1/11111111-2222-3333-4444-555555555555/access_as_user";
    public const string Claims = """{"access_token":{"xms_cc":{"values":["cp1"]},"acrs":{"essential":true,"value":"c1"}}}""";

    /// <summary>A REST id with the URL-safe letters that convertToEwsId turns into '/' and '+'.</summary>
    public const string DraftId = "AAMkAG-draft_id-2022-10";
    public const string ReportFileName = "bao-cao-2022-10.docx";
    public const string LinkUrl = "https://127.0.0.1:5443/api/links/CfDJ8-signed-link";

    /// <summary>"local" (the embedded default) or "microsoft365".</summary>
    public string Mode { get; set; } = "local";

    /// <summary>Microsoft 365 mode: the tokens the API accepts.</summary>
    public HashSet<string> AcceptedTokens { get; } = ["naa-token-1", "naa-token-2", "dialog-token-1", "dialog-token-2"];

    /// <summary>Microsoft 365 mode: a request with this token gets 401 CONSENT_REQUIRED with <see cref="Claims"/>.</summary>
    public string? ConsentRequiredFor { get; set; }

    /// <summary>Routes (path) that answer with a ProblemDetails.</summary>
    public Dictionary<string, (int Status, string Code, string Title, string Detail)> Problems { get; } = [];

    /// <summary>Routes (path) whose connection fails.</summary>
    public HashSet<string> Unreachable { get; } = [];

    /// <summary>A topic name for the month's first topic (tests put markup here).</summary>
    public string? FirstTopicName { get; set; }

    /// <summary>Every request to /api: method, path and Authorization header ("" when none).</summary>
    public ConcurrentQueue<(string Method, string Path, string Authorization)> Requests { get; } = new();

    /// <summary>The month's figures, by the report's own computation.</summary>
    public MonthlyFigures Figures { get; } = MonthlyFigures.Of(
        [.. DocumentTestData.October2022().Where(s => s.SessionMonth == DocumentTestData.October)], DocumentTestData.Profile.Topics);

    /// <summary>The month's report as the host would give it.</summary>
    public byte[] Report { get; } = DocumentTestData.Layout(MonthlyReportBuilder.Build(
        DocumentTestData.Profile, DocumentTestData.Calendar, DocumentTestData.October, DocumentTestData.October2022(), new LocalDate(2022, 10, 31)));

    public static IReadOnlyList<string> ReportRecipients { get; } = ["vanthu@so-gddt.example", "phongctct@so-gddt.example"];

    public const string ReportSubject = "Báo cáo kết quả tiếp xúc, đối thoại với học sinh tháng 10/2022 - TRƯỜNG THPT SỐ 2 BẮC HÀ";

    public const string ReportBody = "<p>Kính gửi Sở Giáo dục và Đào tạo Lào Cai,</p><p>Nhà trường gửi báo cáo tháng 10/2022.</p>";

    /// <summary>The tokens the requests carried, in order, without the "Bearer " prefix ("" for none).</summary>
    public IReadOnlyList<string> Tokens => [.. Requests.Select(r => r.Authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? r.Authorization[7..] : r.Authorization)];

    private async Task<bool> HandlePrincipalAsync(IRoute route, string path)
    {
        var request = route.Request;
        var authorization = request.Headers.TryGetValue("authorization", out var a) ? a : "";
        Requests.Enqueue((request.Method, path, authorization));
        if (Unreachable.Contains(path))
        {
            await route.AbortAsync("connectionrefused");
            return true;
        }

        if (path == "/api/config")
        {
            await Json(route, Config());
            return true;
        }

        if (Mode == "microsoft365")
        {
            var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : null;
            if (token is not null && token == ConsentRequiredFor)
            {
                await Problem(route, 401, "CONSENT_REQUIRED", "Cần đồng ý thêm quyền", "Microsoft 365 cần anh/chị đăng nhập lại để đồng ý quyền.", Claims);
                return true;
            }

            if (token is null || !AcceptedTokens.Contains(token))
            {
                await Problem(route, 401, "UNAUTHORIZED", "Chưa đăng nhập", "Cần đăng nhập Microsoft 365.", null);
                return true;
            }
        }

        if (Problems.TryGetValue(path, out var problem))
        {
            await Problem(route, problem.Status, problem.Code, problem.Title, problem.Detail, null);
            return true;
        }

        var post = request.Method == "POST";
        switch (path)
        {
            case "/api/months":
                await Json(route, Months());
                return true;
            case $"/api/months/{Month}/summary":
                await Json(route, Summary());
                return true;
            case $"/api/months/{Month}/report/mail":
                await Json(route, new JsonObject
                {
                    ["to"] = new JsonArray([.. ReportRecipients.Select(r => JsonValue.Create(r))]),
                    ["subject"] = ReportSubject,
                    ["bodyHtml"] = ReportBody,
                    ["attachmentName"] = ReportFileName,
                    ["warnings"] = new JsonArray(),
                });
                return true;
            case $"/api/months/{Month}/report" when !post:
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = DocxType, BodyBytes = Report, Headers = Disposition(ReportFileName) });
                return true;
            case $"/api/months/{Month}/report/draft" when post:
            case $"/api/sessions/{OtherSessionId}/reminder/draft" when post:
                if (Mode != "microsoft365")
                {
                    await Problem(route, 409, "NOT_AVAILABLE", "Chỉ có khi dùng Microsoft 365", "Máy chủ chạy trên máy này: không tạo được thư nháp.", null);
                    return true;
                }

                await Json(route, new JsonObject
                {
                    ["draftId"] = path.Contains("reminder", StringComparison.Ordinal) ? DraftId + "-reminder" : DraftId,
                    ["webLink"] = "https://outlook.office.com/mail/drafts/id/" + DraftId,
                    ["subject"] = ReportSubject,
                    ["to"] = new JsonArray([.. ReportRecipients.Select(r => JsonValue.Create(r))]),
                    ["attachmentName"] = ReportFileName,
                    ["attachmentBytes"] = Report.Length,
                });
                return true;
            case $"/api/months/{Month}/report/link" when post:
                await Json(route, new JsonObject { ["url"] = LinkUrl, ["expires"] = "2022-10-28T14:10:00+07:00" });
                return true;
            case $"/api/sessions/{OtherSessionId}/reminder":
                await Json(route, Reminder());
                return true;
            case "/api/calendar/outlook" when post:
                await Json(route, new JsonObject { ["created"] = 45, ["updated"] = 2, ["unchanged"] = 1 });
                return true;
            default:
                return false;
        }
    }

    private static Task Problem(IRoute route, int status, string code, string title, string detail, string? claims)
    {
        var body = new JsonObject { ["type"] = "https://doithoai.vn/loi/" + code, ["title"] = title, ["status"] = status, ["detail"] = detail, ["code"] = code };
        if (claims is not null)
        {
            body["claims"] = claims;
        }

        var headers = status == 401 ? new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer" } : [];
        return route.FulfillAsync(new RouteFulfillOptions { Status = status, ContentType = "application/problem+json", Body = body.ToJsonString(), Headers = headers });
    }

    private JsonObject Config() => Mode == "microsoft365"
        ? new JsonObject
        {
            ["mode"] = "microsoft365",
            ["version"] = "1.0.0",
            ["auth"] = new JsonObject { ["clientId"] = ClientId, ["authority"] = Authority, ["apiScope"] = ApiScope },
        }
        : new JsonObject { ["mode"] = "local", ["version"] = "1.0.0", ["auth"] = null };

    private static JsonObject Months()
    {
        var months = new JsonArray();
        foreach (var month in new[] { new YearMonth(2022, 9), new YearMonth(2022, 10), new YearMonth(2022, 11) })
        {
            months.Add(new JsonObject
            {
                ["month"] = $"{month.Year:0000}-{month.Month:00}",
                ["label"] = VietnameseDates.Month(month),
                ["sessions"] = 2,
                ["held"] = month.Month != 11,
            });
        }

        return new JsonObject { ["defaultMonth"] = Month, ["months"] = months };
    }

    private JsonObject Summary() => new()
    {
        ["month"] = Month,
        ["label"] = VietnameseDates.Month(DocumentTestData.October),
        ["sessions"] = new JsonArray(
            new JsonObject { ["id"] = SessionId, ["title"] = "Buổi đối thoại học sinh khác, tháng 10/2022", ["startText"] = "Thứ Sáu 28/10/2022 14:00", ["held"] = true },
            new JsonObject { ["id"] = "2022-10-semi-boarding", ["title"] = "Buổi đối thoại học sinh bán trú, tháng 10/2022", ["startText"] = "Thứ Sáu 28/10/2022 19:45", ["held"] = true }),
        ["total"] = Figures.Total,
        ["byTopic"] = new JsonArray([.. Figures.ByTopic.Select((t, i) => (JsonNode)new JsonObject
        {
            ["topic"] = i == 0 && FirstTopicName is { } name ? name : t.Topic,
            ["count"] = t.ByCohort.Values.Sum(),
            ["day"] = t.ByCohort[Cohort.Day],
            ["semiBoarding"] = t.ByCohort[Cohort.SemiBoarding],
        })]),
        ["outcomes"] = new JsonObject
        {
            ["answered"] = Figures.Answered,
            ["resolved"] = Figures.Resolved,
            ["forwarded"] = Figures.Forwarded,
            ["outsideAuthority"] = Figures.OutsideAuthority,
            ["pending"] = Figures.Pending,
        },
        ["reportFileName"] = ReportFileName,
    };

    private static JsonObject Reminder() => new()
    {
        ["sessionId"] = OtherSessionId,
        ["deadlineText"] = "15:00 Thứ Năm 24/11/2022",
        ["placeWord"] = "lớp",
        ["silent"] = new JsonArray(
            new JsonObject { ["classOrRoom"] = "10A3", ["teacher"] = "Giàng Thị Mai", ["email"] = "mai@truong.example" },
            new JsonObject { ["classOrRoom"] = "11A2", ["teacher"] = null, ["email"] = null }),
        ["mail"] = new JsonObject
        {
            ["to"] = new JsonArray("mai@truong.example"),
            ["subject"] = "Nhắc gửi ý kiến cho buổi đối thoại tháng 11/2022",
            ["bodyHtml"] = "<p>Kính gửi thầy cô chủ nhiệm,</p>",
        },
    };
}
