namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>One request the fake answered: what came in (decoded path and raw target, body size, Content-Range), when it arrived and how long the fake took over it and how many bytes went out.</summary>
public sealed record FakeRequest(string Method, string Path, string RawTarget, string? SessionId, int Status, long ResponseBytes, string? Authorization = null, long RequestBytes = 0, string? ContentRange = null, DateTimeOffset Received = default, TimeSpan Took = default);
