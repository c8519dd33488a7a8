using DoiThoai.Addin.Microsoft365;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using Microsoft.Graph;

namespace DoiThoai.Reports.Tests.Addin.Principal;

/// <summary>Microsoft 365 mode for the host's services: the real SDK client pointed at the loopback Graph fake.</summary>
internal sealed class TestUserGraph(FakeGraphServer server) : IUserGraph
{
    private readonly GraphServiceClient _client = FakeGraphClient.For(server);

    public bool IsAvailable => true;

    public GraphServiceClient ForCurrentUser() => _client;
}
