using DoiThoai.Addin.Hosting;
using DoiThoai.Reports;
using DoiThoai.Reports.Microsoft365;
using DoiThoai.Reports.Submissions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Addin.Problems;

/// <summary>
/// Turns every exception that leaves an endpoint into a ProblemDetails: a <see cref="DoiThoaiException"/> with its
/// own Vietnamese message at its code's status (503 and <c>Retry-After</c> for a busy workbook); a request Kestrel
/// refused (a body over the limit: 413); anything else is a defect, answered with a generic Vietnamese 500 and
/// logged in full here, never sent to the client.
/// </summary>
public sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody reads an answer.
            return true;
        }

        ProblemDetails problem;
        switch (exception)
        {
            case DoiThoaiException known:
                problem = Problem.For(known.Code, UntrustedText.ForDocument(known.Message));
                if (problem.Status >= 500)
                {
                    LogServerSide(logger, known.Code, known.Message);
                }

                if (known.Code is ErrorCodes.WorkbookBusy or ErrorCodes.GraphBusy)
                {
                    httpContext.Response.Headers.RetryAfter = ErrorStatus.BusyRetrySeconds.ToString();
                }

                if (known is ConsentRequiredException consent)
                {
                    // Microsoft 365 wants the person to sign in again (consent, MFA): the page signs in with these claims.
                    if (consent.Claims is { } claims)
                    {
                        problem.Extensions["claims"] = claims;
                    }

                    httpContext.Response.Headers.WWWAuthenticate = "Bearer";
                }

                break;
            case BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge:
                problem = Problem.For(ErrorCodes.TooLarge, HostTexts.TooLarge(UploadLimits.MinutesBytes));
                break;
            case BadHttpRequestException bad:
                problem = Problem.For(ErrorCodes.BadInput, HostTexts.StatusDetail(bad.StatusCode), bad.StatusCode);
                break;
            default:
                LogDefect(logger, exception, httpContext.Request.Method, LinkTokenLogging.Loggable(httpContext.Request.Path));
                problem = Problem.For(HostErrorCodes.Internal, HostTexts.InternalDetail, StatusCodes.Status500InternalServerError);
                break;
        }

        // Written whatever the client accepts: a browser asking for HTML gets the same problem, not an empty page.
        await TypedResults.Problem(problem).ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure of {Method} {Path}")]
    private static partial void LogDefect(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Code}: {Message}")]
    private static partial void LogServerSide(ILogger logger, string code, string message);
}
