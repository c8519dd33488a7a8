using Microsoft.Graph;

namespace DoiThoai.Addin.Microsoft365;

/// <summary>
/// Microsoft Graph on behalf of the person who made the current request: their mailbox, calendar and files. In the
/// embedded default there is no sign-in and so no such client (<see cref="IsAvailable"/> is false); in Microsoft 365
/// mode it is built from the request's token (on-behalf-of).
/// </summary>
public interface IUserGraph
{
    /// <summary>The host runs in Microsoft 365 mode, so a user's Graph client can be had.</summary>
    bool IsAvailable { get; }

    /// <summary>The Graph client for the current request's user.</summary>
    /// <exception cref="Reports.DoiThoaiException"><c>NOT_AVAILABLE</c> in the embedded default; <c>CONSENT_REQUIRED</c> when Microsoft 365 asks for consent or MFA.</exception>
    GraphServiceClient ForCurrentUser();
}
