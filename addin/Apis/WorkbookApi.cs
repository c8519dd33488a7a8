using DoiThoai.Addin.Microsoft365;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// <c>GET /api/workbook/check</c>: every problem of the shared workbook with its cell, the same JSON as
/// <c>doithoai workbook check --format json</c> (<see cref="WorkbookReadJson"/>), from the same cached read.
/// </summary>
public static class WorkbookApi
{
    public static IEndpointRouteBuilder MapWorkbookApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/workbook");
        api.MapGet("/check", Check).RequireAuthorization(Policies.Principal);
        return routes;
    }

    public static async Task<ContentHttpResult> Check(SchoolWorkspace workspace, CancellationToken cancellationToken)
    {
        var result = await workspace.ReadWorkbookAsync(cancellationToken);
        return TypedResults.Text(WorkbookReadJson.Write(result, workspace.Workbook!.Description), "application/json; charset=utf-8");
    }
}
