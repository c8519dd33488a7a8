using System.Text;
using Microsoft.AspNetCore.Http;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>The fake's Outlook and OneDrive areas beside the workbook: mail, calendar, documents folder, upload sessions.</summary>
public sealed partial class FakeGraphServer
{
    public FakeUploads Uploads { get; } = new();

    public FakeMailbox Mailbox { get; }

    public FakeCalendar Calendar { get; } = new();

    public FakeDrive Drive { get; }

    /// <summary>The areas in turn; null when none knows the request (the workbook fake answers it).</summary>
    private FakeAnswer? TryOffice(FakeHttpRequest request) =>
        Uploads.TryAnswer(request) ?? Mailbox.TryAnswer(request) ?? Calendar.TryAnswer(request) ?? Drive.TryAnswer(request);

    private static FakeHttpRequest OfficeRequest(HttpContext context, string method, string path, byte[]? body)
    {
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new FakeHttpRequest(method, path, query, headers, body, $"{context.Request.Scheme}://{context.Request.Host}");
    }

    /// <summary>A claims challenge as Microsoft Graph sends it under continuous access evaluation.</summary>
    private static FakeAnswer ClaimsChallenge(string claims)
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(claims));
        var header = "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", " +
            $"client_id=\"00000003-0000-0000-c000-000000000000\", error=\"insufficient_claims\", claims=\"{encoded}\"";
        return FakeJson.Error(401, "InvalidAuthenticationToken",
            "Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp",
            new Dictionary<string, string> { ["WWW-Authenticate"] = header });
    }
}
