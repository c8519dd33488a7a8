namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>What the fake sends back: a status, a body (JSON unless <see cref="ContentType"/> says otherwise) and headers.</summary>
public sealed record FakeAnswer(int Status, byte[]? Body, IReadOnlyDictionary<string, string>? Headers = null, string ContentType = "application/json; charset=utf-8");
