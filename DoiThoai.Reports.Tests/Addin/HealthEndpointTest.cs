using System.Net.Http.Json;
using DoiThoai.Addin.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Reports.Tests.Addin;

[TestClass]
public sealed class HealthEndpointTest
{
    [TestMethod]
    public async Task Host_answers_health_on_loopback()
    {
        await using var app = AddinHost.Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync(TestContext.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        var status = await http.GetFromJsonAsync<HealthStatusDto>("/health", TestContext.CancellationToken);

        Assert.AreEqual("ok", status?.Status);
        StringAssert.StartsWith(address, "http://127.0.0.1:");
        await app.StopAsync(TestContext.CancellationToken);
    }

    public TestContext TestContext { get; set; } = null!;

    private sealed record HealthStatusDto(string Status);
}
