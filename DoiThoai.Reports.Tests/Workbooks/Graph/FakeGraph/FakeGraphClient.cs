using DoiThoai.Reports.Workbooks.Graph;
using Microsoft.Graph;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>The real SDK client the product builds, pointed at the fake (loopback: no credential, default middleware kept).</summary>
public static class FakeGraphClient
{
    public static GraphServiceClient For(FakeGraphServer server) =>
        GraphConnection.CreateClient(new GraphConnectionOptions { BaseUrl = server.BaseUrl, AuthMode = GraphAuthMode.None });
}
