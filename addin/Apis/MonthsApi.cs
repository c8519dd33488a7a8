using DoiThoai.Addin.Contracts;
using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.Microsoft365;
using DoiThoai.Reports;
using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Documents.Storage;
using DoiThoai.Reports.Mail;
using DoiThoai.Reports.Mail.Graph;
using DoiThoai.Reports.Microsoft365;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// <c>/api/months</c> for the principal (Outlook): the teaching months, a month at a glance, the report mail and, in
/// Microsoft 365 mode, that mail as a draft in the user's mailbox with the report attached. A month is addressed by
/// <c>yyyy-MM</c> and checked by <see cref="SchoolWorkspace.FindMonth"/> (<c>MONTH_UNKNOWN</c>, 404, listing the valid
/// months) before anything is read. The figures are <see cref="MonthlyFigures"/>, the computation the report states;
/// the mail is <see cref="ReportMail"/>; the draft is <see cref="OutlookDrafts"/>. Errors the library raises become
/// ProblemDetails in the exception handler.
/// </summary>
public static class MonthsApi
{
    public static IEndpointRouteBuilder MapMonthsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/months");
        api.MapGet("/", ListMonths).RequireAuthorization(Policies.Principal);
        api.MapGet("/{month}/summary", Summary).RequireAuthorization(Policies.Principal);
        api.MapGet("/{month}/report/mail", Mail).RequireAuthorization(Policies.Principal);
        api.MapPost("/{month}/report/draft", Draft).RequireAuthorization(Policies.Principal);
        return routes;
    }

    public static Ok<MonthListResponse> ListMonths(SchoolWorkspace workspace)
    {
        var held = workspace.MonthsHeld();
        var months = workspace.Profile.SchoolYear.TeachingMonths
            .Select(m => new MonthResponse(Iso(m), VietnameseDates.Month(m), workspace.Calendar.InMonth(m).Count(), held.Contains(m)))
            .ToList();
        return TypedResults.Ok(new MonthListResponse(held.Count == 0 ? null : Iso(held[^1]), months));
    }

    public static async Task<Ok<MonthSummaryResponse>> Summary(string month, SchoolWorkspace workspace, CancellationToken cancellationToken)
    {
        var reported = workspace.FindMonth(month);
        var figures = await workspace.MonthlyFiguresAsync(reported, cancellationToken);
        var now = workspace.Clock.GetCurrentInstant();
        var sessions = workspace.Calendar.InMonth(reported)
            .Select(s => new SummarySessionResponse(s.Id, SessionsOverview.Title(workspace.Profile, s), VietnameseDates.DayDateTime(s.Start.LocalDateTime), s.Start.ToInstant() <= now))
            .ToList();
        return TypedResults.Ok(MonthSummaryResponse.From(
            Iso(reported), VietnameseDates.Month(reported), sessions, figures, SchoolWorkspace.ReportFileName(reported)));
    }

    public static Ok<ReportMailResponse> Mail(string month, SchoolWorkspace workspace)
    {
        var reported = workspace.FindMonth(month);
        return TypedResults.Ok(ReportMailResponse.From(ReportMail.For(workspace.Profile, reported, SchoolWorkspace.ReportFileName(reported))));
    }

    /// <summary>Builds the month's report, and makes the report mail with it attached a draft in the user's mailbox (409 <c>NOT_AVAILABLE</c> without Microsoft 365).</summary>
    /// <remarks>
    /// When a documents folder is configured (<see cref="DocumentsFolderSetting"/>), the report is saved there first
    /// (<see cref="DocumentArchive.KeepAsync"/>); a save that fails becomes a warning of the draft, which is made all the same.
    /// </remarks>
    public static async Task<Ok<DraftResponse>> Draft(
        string month, SchoolWorkspace workspace, DocumentArchive archive, IUserGraph userGraph, CancellationToken cancellationToken)
    {
        var reported = workspace.FindMonth(month);
        var graph = userGraph.ForCurrentUser();
        var report = await workspace.MonthlyReportAsync(reported, cancellationToken: cancellationToken);
        var bytes = workspace.Render(report.Document);
        var save = await archive.KeepAsync(report.FileName, bytes, cancellationToken);

        var mail = ReportMail.For(workspace.Profile, reported, report.FileName);
        var draft = await new OutlookDrafts(graph).CreateAsync(mail, bytes, cancellationToken);
        var answer = DraftResponse.From(draft, mail, bytes) with { SavedTo = save.Saved?.WebUrl ?? save.Saved?.Name };
        return TypedResults.Ok(save.Warning is null ? answer : answer with { Warnings = [.. answer.Warnings, save.Warning] });
    }

    private static string Iso(YearMonth month) => YearMonthPattern.Iso.Format(month);
}
