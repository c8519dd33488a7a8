using System.Net;
using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports.Tests.Workbooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>The host listens beyond this machine only in Microsoft 365 mode, where every API route needs a token.</summary>
[TestClass]
public sealed class ListeningTest
{
    [TestMethod]
    public async Task Microsoft_365_mode_may_listen_on_every_address_and_stays_closed_without_a_token()
    {
        using var data = new TemporaryDirectory();
        await using var authority = await TestAuthority.StartAsync();
        var app = AddinHost.Build(
        [
            "--urls", "http://0.0.0.0:0", $"--DoiThoai:DataDirectory={data.Path}", "--Logging:LogLevel:Default=Warning", .. authority.HostArgs(),
        ]);
        await app.StartAsync();
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
            Assert.AreEqual("0.0.0.0", address.Host);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{address.Port}/") };
            using var request = new HttpRequestMessage(HttpMethod.Get, "api/sessions");
            request.Headers.Host = "doithoai.truong.example";
            using var closed = await client.SendAsync(request);
            await ProblemAssert.IsProblem(closed, HttpStatusCode.Unauthorized, HostErrorCodes.SignInRequired);

            using var health = new HttpRequestMessage(HttpMethod.Get, "health");
            health.Headers.Host = "doithoai.truong.example";
            using var open = await client.SendAsync(health);
            Assert.AreEqual(HttpStatusCode.OK, open.StatusCode, "the school's own host name needs no AllowedHosts setting");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [TestMethod]
    [DataRow("ftp://login.example/")]
    [DataRow("http://login.example.com/")]
    [DataRow("not a url")]
    public void A_sign_in_service_other_than_https_or_this_machine_is_refused(string instance)
    {
        using var data = new TemporaryDirectory();

        var refusal = Assert.ThrowsExactly<DoiThoaiException>(() => AddinHost.Build(
        [
            $"--DoiThoai:DataDirectory={data.Path}", $"--DoiThoai:Auth:Instance={instance}", "--DoiThoai:Auth:TenantId=t", "--DoiThoai:Auth:ClientId=c",
        ]));

        Assert.AreEqual(HostErrorCodes.AuthConfiguration, refusal.Code);
        Assert.IsTrue(ProblemAssert.IsVietnamese(refusal.Message));
    }
}
