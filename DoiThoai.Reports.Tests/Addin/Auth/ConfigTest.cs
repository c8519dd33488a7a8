using System.Net;
using System.Text.Json;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary><c>GET /api/config</c> and <c>GET /api/me</c> exactly as docs/api.md shows, in both modes.</summary>
[TestClass]
public sealed class ConfigTest
{
    [TestMethod]
    public async Task The_embedded_default_has_no_sign_in_and_one_user_who_is_principal_and_secretary()
    {
        await using var host = await AddinHostFixture.StartAsync();

        var config = await host.GetJsonAsync("api/config");
        Assert.AreEqual("local", config.GetProperty("mode").GetString());
        Assert.AreEqual(JsonValueKind.Null, config.GetProperty("auth").ValueKind);
        Assert.IsFalse(string.IsNullOrEmpty(config.GetProperty("version").GetString()));

        var me = await host.GetJsonAsync("api/me");
        Assert.AreEqual("""{"mode":"local","name":null,"email":null,"roles":["Principal","Secretary"],"classes":[],"rooms":[]}""", me.GetRawText());
    }

    [TestMethod]
    public async Task Microsoft_365_mode_tells_the_pages_how_to_sign_in()
    {
        await using var host = await SignedInHost.StartAsync(args: ["--DoiThoai:Auth:ApplicationIdUri=api://truong.example/" + TestAuthority.ClientId]);

        using var response = await host.SendAsync(HttpMethod.Get, "api/config", null);
        var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("microsoft365", config.GetProperty("mode").GetString());
        var auth = config.GetProperty("auth");
        Assert.AreEqual(TestAuthority.ClientId, auth.GetProperty("clientId").GetString());
        Assert.AreEqual(host.Authority.Instance + TestAuthority.TenantId, auth.GetProperty("authority").GetString());
        Assert.AreEqual($"api://truong.example/{TestAuthority.ClientId}/access_as_user", auth.GetProperty("apiScope").GetString());

        // A token whose audience is that Application ID URI is accepted too.
        var token = host.Authority.Token(Staff.Principal.Email, audience: $"api://truong.example/{TestAuthority.ClientId}");
        using var me = await host.SendAsync(HttpMethod.Get, "api/me", token);
        Assert.AreEqual(HttpStatusCode.OK, me.StatusCode);
    }

    [TestMethod]
    public async Task Without_an_instance_the_global_sign_in_service_is_used()
    {
        await using var host = await AddinHostFixture.StartAsync(args: [$"--DoiThoai:Auth:TenantId={TestAuthority.TenantId}", $"--DoiThoai:Auth:ClientId={TestAuthority.ClientId}"]);

        using var response = await host.Client.GetAsync("api/config");
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, text);
        Assert.AreEqual("https://login.microsoftonline.com/" + TestAuthority.TenantId, JsonDocument.Parse(text).RootElement.GetProperty("auth").GetProperty("authority").GetString());
        using var closed = await host.Client.GetAsync("api/sessions");
        Assert.AreEqual(HttpStatusCode.Unauthorized, closed.StatusCode, "the API stays closed");
    }

    [TestMethod]
    public async Task A_token_sent_to_an_open_route_is_still_checked_but_not_needed()
    {
        await using var host = await SignedInHost.StartAsync();
        using var response = await host.SendAsync(HttpMethod.Get, "api/config", "not-a-token");
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, "the pages read the configuration before any sign-in");
    }

    [TestMethod]
    public async Task The_pages_and_their_assets_load_without_a_token_so_that_one_can_sign_in()
    {
        await using var host = await SignedInHost.StartAsync(args: [$"--webroot={AddinHostFixture.ProjectWebRoot}"]);
        foreach (var page in new[] { "", "taskpane.html", "auth-dialog.html", "assets/icon-32.png" })
        {
            using var response = await host.SendAsync(HttpMethod.Get, page, null);
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, page);
        }

        using var api = await host.SendAsync(HttpMethod.Get, "api/sessions", null);
        Assert.AreEqual(HttpStatusCode.Unauthorized, api.StatusCode, "while the API stays closed");
    }

    [TestMethod]
    public async Task The_tenant_allow_list_decides_which_directories_sign_in()
    {
        await using var host = await SignedInHost.StartAsync(args:
        [
            $"--DoiThoai:Auth:AllowedTenants:0={TestAuthority.TenantId}", $"--DoiThoai:Auth:AllowedTenants:1={TestAuthority.OtherTenantId}",
        ]);

        using var other = await host.SendAsync(HttpMethod.Get, "api/me", host.Authority.Token(Staff.Principal.Email, tenant: TestAuthority.OtherTenantId));
        Assert.AreEqual(HttpStatusCode.OK, other.StatusCode);

        using var third = await host.SendAsync(HttpMethod.Get, "api/me", host.Authority.Token(Staff.Principal.Email, tenant: "11111111-0000-4000-8000-000000000000"));
        Assert.AreEqual(HttpStatusCode.Unauthorized, third.StatusCode);
    }
}
