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

    /// <summary>The host was asked to listen where other machines can reach it before sign-in exists.</summary>
    public const string NotLoopback = "HOST_NOT_LOOPBACK";

    /// <summary>A fault of the host itself; the details are in its log only.</summary>
    public const string Internal = "INTERNAL_ERROR";
}
