using Azure.Core;

namespace DoiThoai.Addin.Microsoft365;

/// <summary>
/// The Graph SDK's credential for one request's user: asks <see cref="IUserTokenSource"/> with the scopes and, after a
/// Graph claims challenge, the claims the SDK passes in (its continuous access evaluation support).
/// </summary>
public sealed class UserTokenCredential(IUserTokenSource source, IReadOnlyList<string> scopes) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var (token, expires) = await source.TokenAsync(scopes, string.IsNullOrEmpty(requestContext.Claims) ? null : requestContext.Claims, cancellationToken);
        return new AccessToken(token, expires);
    }
}
