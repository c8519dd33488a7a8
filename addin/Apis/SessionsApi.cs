using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DoiThoai.Addin.Contracts;
using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.Microsoft365;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// <c>/api/sessions</c>: the year's sessions, a session's submissions, its digest, its minutes to fill and the
/// saving of the filled minutes. Every handler calls the workspace method the <c>doithoai</c> command calls. A
/// session is addressed by its id only, checked against the calendar before anything is read; errors the library
/// raises become ProblemDetails in <see cref="ProblemExceptionHandler"/>.
/// </summary>
public static class SessionsApi
{
    /// <summary>
    /// Minutes already rendered, per read of the workbook (the workspace's cached <see cref="WorkbookReadResult"/>: a
    /// changed workbook is a new read, so nothing stale is served, and an old read's entries go with it).
    /// </summary>
    private static readonly ConditionalWeakTable<WorkbookReadResult, ConcurrentDictionary<(string Session, int? Number), (byte[] Bytes, string FileName)>> RenderedMinutes = new();

    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/sessions");
        api.MapGet("/", ListSessions).RequireAuthorization(Policies.Staff);
        api.MapGet("/{id}/submissions", ListSubmissions).RequireAuthorization(Policies.Staff);
        api.MapGet("/{id}/digest", Digest).RequireAuthorization(Policies.Secretary);
        api.MapGet("/{id}/minutes", Minutes).RequireAuthorization(Policies.Secretary);
        api.MapPost("/{id}/minutes", SaveMinutes).RequireAuthorization(Policies.Secretary)
            .WithMetadata(new RequestSizeLimitAttribute(UploadLimits.MinutesDrainBytes));
        return routes;
    }

    public static async Task<Ok<SessionListResponse>> ListSessions(SchoolWorkspace workspace, CancellationToken cancellationToken)
    {
        var overview = await workspace.OverviewAsync(cancellationToken);
        return TypedResults.Ok(SessionListResponse.From(overview, workspace.Profile));
    }

    /// <summary>
    /// The session's submissions that the current person may see: all of them for the principal and the secretary (and
    /// in the embedded default), their own class's for a homeroom teacher, their rooms' for the boarding board (rows the
    /// workbook check rejected are counted for the first two only). <paramref name="classOrRoom"/> narrows the list to one
    /// class or room; naming one the person does not look after is 403 <c>FORBIDDEN_ROLE</c>.
    /// </summary>
    public static async Task<Results<Ok<SubmissionListResponse>, ProblemHttpResult>> ListSubmissions(
        string id, string? classOrRoom, SchoolWorkspace workspace, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        if (UnknownSession(workspace, id) is { } unknown)
        {
            return unknown;
        }

        var access = staff.Access;
        var only = string.IsNullOrWhiteSpace(classOrRoom) ? null : classOrRoom.Trim();
        if (only is not null && !access.Sees(only))
        {
            return AccessApi.ForbiddenClass(only);
        }

        var all = SubmissionListResponse.From(await workspace.SubmissionsAsync(id, cancellationToken));
        if (only is null && access.SeesEverything)
        {
            return TypedResults.Ok(all);
        }

        var seen = all.Submissions
            .Where(s => access.Sees(s.ClassOrRoom) && (only is null || string.Equals(s.ClassOrRoom, only, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return TypedResults.Ok(all with { RejectedRows = access.SeesEverything ? all.RejectedRows : 0, Submissions = seen });
    }

    public static async Task<Results<Ok<DigestResponse>, FileContentHttpResult, ProblemHttpResult>> Digest(
        string id, string? format, SchoolWorkspace workspace, DocumentArchive archive, HttpResponse response, CancellationToken cancellationToken)
    {
        if (UnknownSession(workspace, id) is { } unknown)
        {
            return unknown;
        }

        switch (format?.Trim().ToLowerInvariant())
        {
            case null or "" or "json":
                return TypedResults.Ok(DigestResponse.From(await workspace.DigestFiguresAsync(id, cancellationToken)));
            case "docx":
                return await WordFile.FromAsync(await workspace.DigestAsync(id, cancellationToken: cancellationToken), workspace, archive, response, cancellationToken);
            default:
                return TypedResults.Problem(Problem.For(ErrorCodes.BadInput, HostTexts.FormatUnknown(format)));
        }
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Minutes(
        string id, int? number, SchoolWorkspace workspace, DocumentArchive archive, HttpResponse response, CancellationToken cancellationToken)
    {
        if (UnknownSession(workspace, id) is { } unknown)
        {
            return unknown;
        }

        // The pane asks for the same minutes again and again while the workbook stays as it is: render (and keep a
        // copy of) them once per read of the workbook, which the workspace caches until the workbook changes.
        var read = await workspace.ReadWorkbookAsync(cancellationToken);
        var rendered = RenderedMinutes.GetOrCreateValue(read);
        if (rendered.TryGetValue((id, number), out var cached))
        {
            return TypedResults.File(cached.Bytes, WordFile.ContentType, cached.FileName);
        }

        var prepared = await workspace.MinutesAsync(id, number, cancellationToken);
        var bytes = workspace.Render(prepared.Document);
        WordFile.NameSavedCopy(response, await archive.KeepAsync(prepared.FileName, bytes, cancellationToken));
        rendered[(id, number)] = (bytes, prepared.FileName);
        return TypedResults.File(bytes, WordFile.ContentType, prepared.FileName);
    }

    /// <summary>
    /// Reads the untrusted body (a filled .docx, or the pane's JSON), at most <see cref="UploadLimits.MinutesBytes"/>,
    /// and saves the answers in one transaction of the workbook (<see cref="SchoolWorkspace.ImportMinutesAsync"/>): writes
    /// to one workbook go one at a time, and nothing another person saved meanwhile is lost.
    /// </summary>
    public static async Task<Results<Ok<MinutesSaveResponse>, ProblemHttpResult>> SaveMinutes(
        string id, HttpRequest request, SchoolWorkspace workspace, CancellationToken cancellationToken)
    {
        if (UnknownSession(workspace, id) is { } unknown)
        {
            return unknown;
        }

        var kind = MinutesUpload.KindOf(request.ContentType);
        if (kind is MinutesUploadKind.Unsupported)
        {
            return TypedResults.Problem(Problem.For(HostErrorCodes.UnsupportedMediaType, HostTexts.MinutesMediaType(request.ContentType)));
        }

        using var body = await MinutesUpload.ReadAsync(request, UploadLimits.MinutesBytes, cancellationToken);
        if (body.Length == 0)
        {
            return TypedResults.Problem(Problem.For(ErrorCodes.BadInput, HostTexts.MinutesBodyMissing));
        }

        MinutesReadBack readBack = kind is MinutesUploadKind.Json
            ? SchoolWorkspace.ReadMinutes(MinutesUpload.Form(body).ToForm())
            : SchoolWorkspace.ReadMinutes(body, HostTexts.UploadedMinutes);
        var outcome = await workspace.ImportMinutesAsync(readBack, id, cancellationToken: cancellationToken);
        return TypedResults.Ok(MinutesSaveResponse.From(outcome));
    }

    /// <summary>A 404 problem for an id the calendar does not have (listing the valid ones), or null.</summary>
    private static ProblemHttpResult? UnknownSession(SchoolWorkspace workspace, string id) =>
        workspace.Calendar.Find(id.Trim()) is null
            ? TypedResults.Problem(Problem.For(ErrorCodes.SessionUnknown, WorkspaceMessages.SessionUnknown(id, workspace.Calendar.Sessions)))
            : null;
}
