using DoiThoai.Addin.Contracts;
using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.Microsoft365;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports.Documents.Preview;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// Signed links (<see cref="DocumentLinks"/>): <c>POST /api/months/{yyyy-MM}/report/link</c> (principal) answers a link
/// to that month's report, good for 10 minutes; <c>GET /api/links/{token}</c> (no sign-in: the token is the
/// credential) answers the one document the token names, 404 <c>LINK_INVALID</c> for a token that is not ours and 410
/// <c>LINK_EXPIRED</c> for one whose time is over. There is no listing and no path in a link. With <c>?view=html</c>
/// the link answers the same document as a page to read (<see cref="HtmlPreview"/>): the pane's "Xem trước", since a
/// browser cannot show a .docx.
/// </summary>
public static class LinksApi
{
    /// <summary>Where links are opened: <c>GET /api/links/{token}</c>.</summary>
    public const string OpenPath = "/api/links";

    public static IEndpointRouteBuilder MapLinksApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/months/{month}/report/link", ReportLink).RequireAuthorization(Policies.Principal);
        routes.MapGet(OpenPath + "/{token}", Open).AllowAnonymous();
        routes.MapGet(HtmlPreview.StylesheetPath, () => TypedResults.Text(HtmlPreview.Stylesheet, "text/css; charset=utf-8")).AllowAnonymous();
        return routes;
    }

    public static Ok<LinkResponse> ReportLink(string month, HttpRequest request, SchoolWorkspace workspace, DocumentLinks links)
    {
        // An unknown month is MONTH_UNKNOWN (404) before anything is signed.
        var reported = workspace.FindMonth(month);
        var (token, expires) = links.Issue(new DocumentLink(DocumentLink.Report, $"{reported.Year:D4}-{reported.Month:D2}"));
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}{OpenPath}/{token}";
        var local = Instant.FromDateTimeOffset(expires).InZone(workspace.Profile.TimeZone).ToDateTimeOffset();
        return TypedResults.Ok(new LinkResponse(url, local));
    }

    public static async Task<Results<FileContentHttpResult, ContentHttpResult, ProblemHttpResult>> Open(
        string token, string? view, SchoolWorkspace workspace, DocumentLinks links, CancellationToken cancellationToken)
    {
        if (links.Read(token, out var expired) is not { } link)
        {
            return TypedResults.Problem(expired
                ? Problem.For(HostErrorCodes.LinkExpired, HostTexts.LinkExpiredDetail)
                : Problem.For(HostErrorCodes.LinkInvalid, HostTexts.LinkInvalidDetail));
        }

        var report = await workspace.MonthlyReportAsync(workspace.FindMonth(link.Month), null, null, cancellationToken);
        return view?.Trim().ToLowerInvariant() switch
        {
            null or "" or "docx" => TypedResults.File(workspace.Render(report.Document), WordFile.ContentType, report.FileName),
            "html" => TypedResults.Text(HtmlPreview.Render(report.Document), "text/html; charset=utf-8"),
            _ => TypedResults.Problem(Problem.For(Reports.ErrorCodes.BadInput, HostTexts.ViewUnknown(view))),
        };
    }
}
