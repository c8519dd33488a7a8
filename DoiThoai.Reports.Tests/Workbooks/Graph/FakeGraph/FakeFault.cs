namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>A fault injected into the next <see cref="Times"/> requests that match, after letting <see cref="After"/> of them through.</summary>
/// <param name="Method">HTTP method to match, or null for any.</param>
/// <param name="PathContains">A piece of the decoded path to match, or null for any.</param>
/// <param name="After">Matching requests answered normally before the fault strikes (the third slice of an upload).</param>
/// <param name="Claims">The claims request (JSON) of a <see cref="FakeFaultKind.Challenge"/>.</param>
/// <param name="DelaySeconds">How long a <see cref="FakeFaultKind.SlowAfterApplying"/> answer waits.</param>
public sealed record FakeFault(FakeFaultKind Kind, string? Method = null, string? PathContains = null, int Status = 503, int? RetryAfterSeconds = 0, int Times = 1, int After = 0, string? Claims = null, double DelaySeconds = 0)
{
    /// <summary>The claims of a step-up to multi-factor authentication, as in Microsoft's example.</summary>
    public const string DefaultClaims = "{\"access_token\":{\"acrs\":{\"essential\":true,\"value\":\"c1\"}}}";

    public static FakeFault Throttle(string? method = null, string? path = null, int times = 1, int retryAfter = 0) =>
        new(FakeFaultKind.Status, method, path, 429, retryAfter, times);

    public static FakeFault Unavailable(string? method = null, string? path = null, int times = 1) =>
        new(FakeFaultKind.Status, method, path, 503, 0, times);

    public static FakeFault GatewayTimeout(string? method = null, string? path = null, int times = 1) =>
        new(FakeFaultKind.Status, method, path, 504, 0, times);

    public static FakeFault GatewayTimeoutAfterApplying(string? method = null, string? path = null) =>
        new(FakeFaultKind.StatusAfterApplying, method, path, 504, 0, 1);

    public static FakeFault Drop(string? method = null, string? path = null, int times = 1) =>
        new(FakeFaultKind.Abort, method, path, 0, null, times);

    public static FakeFault ExpireSession(string? method = null, string? path = null) =>
        new(FakeFaultKind.ExpireSession, method, path, 404, null, 1);

    /// <summary>
    /// A claims challenge (401 with <c>WWW-Authenticate: Bearer ... claims="..."</c>). Twice by default: the SDK asks the
    /// credential again with the claims and repeats the request once.
    /// </summary>
    public static FakeFault Challenge(string? method = null, string? path = null, string claims = DefaultClaims, int times = 2) =>
        new(FakeFaultKind.Challenge, method, path, 401, null, times, 0, claims);

    /// <summary>Receive and apply the request, then drop the connection: the answer is lost.</summary>
    public static FakeFault DropAfterApplying(string? method = null, string? path = null, int after = 0) =>
        new(FakeFaultKind.AbortAfterApplying, method, path, 0, null, 1, after);

    /// <summary>Apply the matching request that comes after <paramref name="after"/> others, and answer it only <paramref name="seconds"/> later.</summary>
    public static FakeFault SlowAnswerAfterApplying(string? method, string? path, int after, double seconds) =>
        new(FakeFaultKind.SlowAfterApplying, method, path, 0, null, 1, after, null, seconds);

    /// <summary>Drop the connection of the matching request that comes after <paramref name="after"/> others.</summary>
    public static FakeFault DropAfter(int after, string? method = null, string? path = null, int times = 1) =>
        new(FakeFaultKind.Abort, method, path, 0, null, times, after);

    /// <summary>The upload URL of the matching request has expired (its session is gone: 404).</summary>
    public static FakeFault ExpireUpload(string? method = "PUT", string? path = "/upload/", int after = 0) =>
        new(FakeFaultKind.ExpireUpload, method, path, 404, null, 1, after);

    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (PathContains is null || path.Contains(PathContains, StringComparison.OrdinalIgnoreCase));
}
