using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Microsoft365;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;

namespace DoiThoai.Addin.Microsoft365;

/// <summary>
/// On-behalf-of through Microsoft.Identity.Web's token acquisition: the request's validated token is exchanged for a
/// Graph token (kept in the configured token cache: in memory, or Redis when <c>DoiThoai:Redis</c> is set). When MSAL
/// says the person must act (consent, MFA, conditional access) the answer is a <see cref="ConsentRequiredException"/>
/// with the claims to pass to the page's next sign-in.
/// </summary>
public sealed class TokenAcquisitionSource(ITokenAcquisition acquisition, IHttpContextAccessor accessor) : IUserTokenSource
{
    public async Task<(string Token, DateTimeOffset ExpiresOn)> TokenAsync(IReadOnlyList<string> scopes, string? claims, CancellationToken cancellationToken)
    {
        var options = new TokenAcquisitionOptions { Claims = claims, CancellationToken = cancellationToken };
        try
        {
            var result = await acquisition.GetAuthenticationResultForUserAsync(
                scopes, user: accessor.HttpContext?.User, tokenAcquisitionOptions: options);
            return (result.AccessToken, result.ExpiresOn);
        }
        catch (MicrosoftIdentityWebChallengeUserException ex)
        {
            throw new ConsentRequiredException(HostTexts.SignInAgain, ex.MsalUiRequiredException?.Claims is { Length: > 0 } c ? c : claims, ex);
        }
        catch (MsalUiRequiredException ex)
        {
            throw new ConsentRequiredException(HostTexts.SignInAgain, ex.Claims is { Length: > 0 } c ? c : claims, ex);
        }
    }
}
