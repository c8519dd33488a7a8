namespace DoiThoai.Reports.Microsoft365;

/// <summary>
/// Microsoft 365 will not do what was asked until the signed-in person signs in again or consents: a claims
/// challenge (401 with <c>WWW-Authenticate: Bearer ... error="insufficient_claims", claims="..."</c>, for
/// multi-factor authentication or conditional access), or a sign-in that needs the person (a permission not yet
/// consented). The host answers the page with <see cref="Claims"/>; the page passes them to its sign-in (MSAL.js
/// <c>claims</c>) and asks again. Nothing was changed by the failed request.
/// </summary>
public sealed class ConsentRequiredException(string message, string? claims, Exception? inner = null)
    : DoiThoaiException(ErrorCodes.ConsentRequired, message, inner)
{
    /// <summary>
    /// The claims request as JSON (the base64 of the challenge decoded), e.g.
    /// <c>{"access_token":{"acrs":{"essential":true,"value":"c1"}}}</c>; null when Microsoft 365 gave none (plain consent).
    /// </summary>
    public string? Claims { get; } = claims;
}
