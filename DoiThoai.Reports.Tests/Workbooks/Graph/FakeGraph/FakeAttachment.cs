namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>A file attached to a fake message, inline (POST) or through an upload session.</summary>
public sealed record FakeAttachment(string Id, string Name, string? ContentType, byte[] Content, bool ViaUploadSession);
