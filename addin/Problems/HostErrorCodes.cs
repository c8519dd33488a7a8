namespace DoiThoai.Addin.Problems;

/// <summary>
/// The stable codes of errors only the host raises (HTTP matters the library knows nothing of); the library's own
/// are <see cref="DoiThoai.Reports.ErrorCodes"/>. Both appear as the <c>code</c> of a ProblemDetails.
/// </summary>
public static class HostErrorCodes
{
    /// <summary>No page or API at that address (an unknown route).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The address exists, but not for that HTTP method.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The body's <c>Content-Type</c> is not one the endpoint reads.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The request names a host other than this machine (a web page trying to reach the host through DNS rebinding).</summary>
    public const string HostNotAllowed = "HOST_NOT_ALLOWED";

    /// <summary>The host was asked to listen where other machines can reach it without the Microsoft 365 mode (sign-in).</summary>
    public const string NotLoopback = "HOST_NOT_LOOPBACK";

    /// <summary>Microsoft 365 mode: no valid token for <c>access_as_user</c> (none, expired, wrongly signed, another audience or tenant).</summary>
    public const string SignInRequired = "SIGN_IN_REQUIRED";

    /// <summary>Microsoft 365 mode: signed in, but the person's role may not do this (or see that class or room).</summary>
    public const string ForbiddenRole = "FORBIDDEN_ROLE";

    /// <summary>A signed link that is not one of ours (tampered, cut, of another use): nothing is said about what it might have named.</summary>
    public const string LinkInvalid = "LINK_INVALID";

    /// <summary>A signed link of ours whose time is over.</summary>
    public const string LinkExpired = "LINK_EXPIRED";

    /// <summary>The <c>DoiThoai:Auth</c> section is incomplete or unusable: the host does not start.</summary>
    public const string AuthConfiguration = "AUTH_CONFIGURATION";

    /// <summary>A fault of the host itself; the details are in its log only.</summary>
    public const string Internal = "INTERNAL_ERROR";
}
