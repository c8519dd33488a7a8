using DoiThoai.Addin.Microsoft365;
using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// <c>/api/months/{yyyy-MM}/report</c>: the monthly report to the superior body, addressed by a teaching month of the
/// school year only. Optional <c>number</c> (1-9999; none leaves it blank for the office) and <c>date</c>
/// (<c>yyyy-MM-dd</c>, the place-date line; none: today), as the command's <c>--number</c> and <c>--date</c>.
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/months");
        api.MapGet("/{month}/report", MonthlyReport).RequireAuthorization(Policies.Principal);
        return routes;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> MonthlyReport(
        string month, int? number, string? date, SchoolWorkspace workspace, DocumentArchive archive, HttpResponse response, CancellationToken cancellationToken)
    {
        YearMonth reported;
        try
        {
            reported = workspace.FindMonth(month);
        }
        catch (DoiThoaiException ex) when (ex.Code == ErrorCodes.MonthUnknown)
        {
            return TypedResults.Problem(Problem.For(ex.Code, ex.Message));
        }

        LocalDate? day = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            var parsed = LocalDatePattern.Iso.Parse(date.Trim());
            if (!parsed.Success)
            {
                return TypedResults.Problem(Problem.For(ErrorCodes.BadInput, HostTexts.DateUnreadable(date)));
            }

            day = parsed.Value;
        }

        var report = await workspace.MonthlyReportAsync(reported, day, number, cancellationToken);
        return await WordFile.FromAsync(report, workspace, archive, response, cancellationToken);
    }
}
