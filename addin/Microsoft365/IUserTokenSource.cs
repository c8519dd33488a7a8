namespace DoiThoai.Addin.Microsoft365;

/// <summary>
/// A token for Graph acting for the current request's user: on-behalf-of the token the request came with. The real one is
/// <see cref="TokenAcquisitionSource"/> (Microsoft.Identity.Web); tests stand in for the sign-in service with their own.
/// </summary>
public interface IUserTokenSource
{
    /// <summary>An access token for <paramref name="scopes"/>, asked with <paramref name="claims"/> after a claims challenge.</summary>
    /// <exception cref="Reports.Microsoft365.ConsentRequiredException">Microsoft 365 needs the person: consent, MFA, conditional access.</exception>
    Task<(string Token, DateTimeOffset ExpiresOn)> TokenAsync(IReadOnlyList<string> scopes, string? claims, CancellationToken cancellationToken);
}
