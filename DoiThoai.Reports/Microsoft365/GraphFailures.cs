using System.Text;
using System.Text.RegularExpressions;
using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions;

namespace DoiThoai.Reports.Microsoft365;

/// <summary>
/// Turns what the Graph SDK throws into the <see cref="DoiThoaiException"/> a teacher reads: busy answers the
/// RetryHandler gave up on (it throws <see cref="AggregateException"/>), refusals, missing folders, broken
/// connections, and claims challenges (<see cref="ConsentRequiredException"/>). One translation for mail, calendar
/// and document storage, so the same failure reads the same everywhere.
/// </summary>
internal static partial class GraphFailures
{
    /// <summary>Runs <paramref name="call"/>, translating its failure.</summary>
    /// <param name="call">One Graph call (the SDK retries 429/503/504 inside it).</param>
    /// <param name="task">What is being done, for the message: <c>tạo thư nháp trong Outlook</c>.</param>
    /// <param name="permission">The delegated permission the call needs, named in the message for a 403.</param>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> call, string task, string permission)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (Translate(ex, task, permission) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>The message for <paramref name="ex"/>, or null when it must travel on as it is (ours already, a cancellation, a defect).</summary>
    public static DoiThoaiException? Translate(Exception ex, string task, string permission)
    {
        if (ex is DoiThoaiException)
        {
            return null;
        }

        if (IsChallenge(ex, out var claims))
        {
            return new ConsentRequiredException(Microsoft365Messages.SignInAgain(task), claims, ex);
        }

        return ex switch
        {
            OperationCanceledException when ex is not TaskCanceledException { InnerException: TimeoutException } => null,
            AggregateException => new DoiThoaiException(ErrorCodes.GraphBusy, Microsoft365Messages.Busy(task), ex),
            ApiException { ResponseStatusCode: 429 or 503 or 504 } => new DoiThoaiException(ErrorCodes.GraphBusy, Microsoft365Messages.Busy(task), ex),
            ApiException { ResponseStatusCode: 403 } => new DoiThoaiException(ErrorCodes.GraphUnavailable, Microsoft365Messages.Forbidden(task, permission), ex),
            ApiException { ResponseStatusCode: 404 } => new DoiThoaiException(ErrorCodes.GraphNotFound, Microsoft365Messages.NotFound(task), ex),
            ODataError e => new DoiThoaiException(ErrorCodes.GraphUnavailable, Microsoft365Messages.Error(task, e.ResponseStatusCode, e.Error?.Code, e.Error?.Message), ex),
            ApiException e => new DoiThoaiException(ErrorCodes.GraphUnavailable, Microsoft365Messages.Error(task, e.ResponseStatusCode, null, e.Message), ex),
            AuthenticationFailedException e => new DoiThoaiException(ErrorCodes.GraphConfiguration, Microsoft365Messages.SignInFailed(NetworkErrors.DescribeSignIn(e)), ex),
            HttpRequestException or TaskCanceledException or IOException => new DoiThoaiException(ErrorCodes.GraphUnavailable, Microsoft365Messages.Unreachable(task, NetworkErrors.Describe(ex)), ex),
            _ => null,
        };
    }

    /// <summary>
    /// A gateway timeout, a broken connection or a timeout: the request may or may not have been carried out, so a
    /// call that is not idempotent must look before it is repeated. (429 and 503 are refusals before any work.)
    /// </summary>
    public static bool MayHaveBeenDone(Exception ex) => ex switch
    {
        HttpRequestException => true,
        TaskCanceledException { InnerException: TimeoutException } => true,
        ApiException e => e.ResponseStatusCode is 504,
        _ => false,
    };

    /// <summary>
    /// A claims challenge, or a sign-in that needs the person: a 401 from Graph (the SDK already asked the credential
    /// once with the challenge's claims and got the same answer), or the credential refusing without the person (the
    /// on-behalf-of exchange answers "interaction required" with the claims of multi-factor authentication).
    /// </summary>
    public static bool IsChallenge(Exception ex, out string? claims)
    {
        claims = null;
        switch (ex)
        {
            case ApiException { ResponseStatusCode: 401 } api:
                claims = ClaimsFromHeaders(api.ResponseHeaders);
                return true;
            case AuthenticationFailedException { InnerException: MsalServiceException msal } when msal is MsalUiRequiredException || !string.IsNullOrEmpty(msal.Claims):
                claims = string.IsNullOrEmpty(msal.Claims) ? null : msal.Claims;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The decoded <c>claims="..."</c> of a Bearer <c>WWW-Authenticate</c> header, or null.</summary>
    public static string? ClaimsFromHeaders(IDictionary<string, IEnumerable<string>>? headers)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var (name, values) in headers)
        {
            if (!string.Equals(name, "WWW-Authenticate", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var value in values)
            {
                if (ClaimsParameter().Match(value) is { Success: true } match)
                {
                    return DecodeClaims(match.Groups["claims"].Value);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The challenge carries the claims request base64-encoded; MSAL.js and MSAL.NET take the JSON. Text that is not
    /// base64 of JSON is passed on as it came.
    /// </summary>
    public static string DecodeClaims(string raw)
    {
        var base64 = raw.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var bytes = new byte[base64.Length];
        if (Convert.TryFromBase64String(base64, bytes, out var written))
        {
            var text = Encoding.UTF8.GetString(bytes, 0, written);
            if (text.TrimStart().StartsWith('{'))
            {
                return text;
            }
        }

        return raw;
    }

    [GeneratedRegex("(^|[\\s,])claims\\s*=\\s*\"(?<claims>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimsParameter();
}
