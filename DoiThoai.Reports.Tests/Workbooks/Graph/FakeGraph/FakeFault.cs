namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>A fault injected into the next <see cref="Times"/> requests that match.</summary>
/// <param name="Method">HTTP method to match, or null for any.</param>
/// <param name="PathContains">A piece of the decoded path to match, or null for any.</param>
public sealed record FakeFault(FakeFaultKind Kind, string? Method = null, string? PathContains = null, int Status = 503, int? RetryAfterSeconds = 0, int Times = 1)
{
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

    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (PathContains is null || path.Contains(PathContains, StringComparison.OrdinalIgnoreCase));
}
