using Azure.Core;
using Azure.Identity;
using Microsoft.Identity.Client;

namespace DoiThoai.Reports.Microsoft365;

/// <summary>
/// Wraps the credential the host signs in to Graph with (on-behalf-of the person in the add-in). When Graph answers
/// with a claims challenge, the SDK asks the credential again with the challenge's claims; if no token can be had
/// without the person, this turns the failure into a <see cref="ConsentRequiredException"/> carrying the claims, so
/// they reach the page even when the sign-in service's own answer omits them.
/// </summary>
public sealed class ClaimsChallengeCredential(TokenCredential inner) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        try
        {
            return inner.GetToken(requestContext, cancellationToken);
        }
        catch (AuthenticationFailedException ex) when (Challenge(requestContext, ex) is { } consent)
        {
            throw consent;
        }
    }

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetTokenAsync(requestContext, cancellationToken);
        }
        catch (AuthenticationFailedException ex) when (Challenge(requestContext, ex) is { } consent)
        {
            throw consent;
        }
    }

    private static ConsentRequiredException? Challenge(TokenRequestContext context, AuthenticationFailedException ex)
    {
        var fromService = ex.InnerException is MsalServiceException { Claims: { Length: > 0 } claims } ? claims : null;
        var asked = string.IsNullOrEmpty(context.Claims) ? null : context.Claims;
        return (fromService ?? asked) is { } found
            ? new ConsentRequiredException(Microsoft365Messages.SignInAgain("tiếp tục"), found, ex)
            : null;
    }
}
