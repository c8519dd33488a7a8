using DoiThoai.Reports;

namespace DoiThoai.Addin.Problems;

/// <summary>
/// The HTTP status of each error code: the one table the exception handler and the endpoints share, so a code
/// always answers with the same status.
/// </summary>
public static class ErrorStatus
{
    /// <summary>Seconds a client should wait before trying a busy workbook again.</summary>
    public const int BusyRetrySeconds = 5;

    /// <summary>The status for <paramref name="code"/>; 500 for a code this table does not know.</summary>
    public static int For(string code) => code switch
    {
        ErrorCodes.SessionUnknown or ErrorCodes.MonthUnknown or HostErrorCodes.NotFound or ErrorCodes.GraphNotFound
            or HostErrorCodes.LinkInvalid => StatusCodes.Status404NotFound,
        HostErrorCodes.LinkExpired => StatusCodes.Status410Gone,
        HostErrorCodes.SignInRequired or ErrorCodes.ConsentRequired => StatusCodes.Status401Unauthorized,
        HostErrorCodes.ForbiddenRole => StatusCodes.Status403Forbidden,
        ErrorCodes.SessionMismatch or ErrorCodes.WorkbookOpenInEditor or ErrorCodes.NotAvailable or ErrorCodes.NothingToRemind => StatusCodes.Status409Conflict,
        ErrorCodes.BadInput or HostErrorCodes.HostNotAllowed => StatusCodes.Status400BadRequest,
        ErrorCodes.MinutesInvalid => StatusCodes.Status422UnprocessableEntity,
        ErrorCodes.TooLarge => StatusCodes.Status413PayloadTooLarge,
        HostErrorCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        HostErrorCodes.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,

        // The workbook, profile, template or Microsoft 365 settings on the server side are the problem, not the request:
        // the service is unavailable until someone fixes them (or, when busy, for a few seconds).
        ErrorCodes.WorkbookBusy or ErrorCodes.WorkbookNotFound or ErrorCodes.WorkbookInvalid or ErrorCodes.WorkbookUnavailable
            or ErrorCodes.GraphConfiguration or HostErrorCodes.AuthConfiguration or ErrorCodes.ProfileInvalid or ErrorCodes.TemplateInvalid => StatusCodes.Status503ServiceUnavailable,
        // Microsoft 365 answered the host's call on the user's behalf: busy (try again shortly), or refused / unreachable.
        ErrorCodes.GraphBusy => StatusCodes.Status503ServiceUnavailable,
        ErrorCodes.GraphUnavailable => StatusCodes.Status502BadGateway,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The code of a status the framework answers by itself (an unknown route, a wrong method).</summary>
    public static string CodeOf(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => HostErrorCodes.SignInRequired,
        StatusCodes.Status403Forbidden => HostErrorCodes.ForbiddenRole,
        StatusCodes.Status404NotFound => HostErrorCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => HostErrorCodes.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.TooLarge,
        StatusCodes.Status415UnsupportedMediaType => HostErrorCodes.UnsupportedMediaType,
        >= 400 and < 500 => ErrorCodes.BadInput,
        _ => HostErrorCodes.Internal,
    };
}
