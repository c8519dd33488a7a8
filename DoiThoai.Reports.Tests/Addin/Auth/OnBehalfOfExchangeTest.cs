using System.Net;
using System.Text.Json;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>
/// The whole on-behalf-of path with nothing substituted: the page's token → the host's validation (Microsoft.Identity.Web)
/// → MSAL's on-behalf-of grant at the https test authority on loopback (trusted through a pinned certificate, only here)
/// → the Graph fake receives the token the authority minted → the draft is made. The authority's refusals (MFA, consent)
/// reach the client as 401 CONSENT_REQUIRED with the claims; a second request of the same user comes from the token cache.
/// </summary>
[TestClass]
public sealed class OnBehalfOfExchangeTest
{
    public TestContext TestContext { get; set; } = null!;

    internal static async Task<SignedInHost> StartAsync(TestAuthority authority, FakeGraphServer graph, string? dataDirectory = null, IEnumerable<string>? args = null) =>
        await SignedInHost.StartAsync(
            authority,
            dataDirectory,
            [.. authority.OnBehalfOfArgs(), $"--DoiThoai:Auth:GraphBaseUrl={graph.BaseUrl}", .. args ?? []],
            authority.TrustIn);

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> DraftAsync(SignedInHost host, string token)
    {
        using var response = await host.SendAsync(HttpMethod.Post, "api/months/2022-10/report/draft", token, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [TestMethod]
    public async Task The_page_token_is_exchanged_at_the_authority_and_graph_gets_the_minted_token()
    {
        await using var authority = await TestAuthority.StartAsync(https: true);
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await StartAsync(authority, graph);
        var pageToken = authority.Token(Staff.Principal.Email, Staff.Principal.Name);

        var (status, draft) = await DraftAsync(host, pageToken);

        Assert.AreEqual(HttpStatusCode.OK, status, draft.ToString());
        var message = graph.Mailbox.Messages.Single();
        Assert.AreEqual(message.Id, draft.GetProperty("draftId").GetString());
        var exchange = authority.TokenRequests.Single();
        Assert.AreEqual("urn:ietf:params:oauth:grant-type:jwt-bearer", exchange["grant_type"]);
        Assert.AreEqual("on_behalf_of", exchange["requested_token_use"]);
        Assert.AreEqual(pageToken, exchange["assertion"], "the incoming token is the assertion");
        Assert.AreEqual(TestAuthority.ClientId, exchange["client_id"]);
        Assert.AreEqual(TestAuthority.ClientSecret, exchange["client_secret"]);
        StringAssert.Contains(exchange["scope"], new Uri(graph.BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default");
        var minted = authority.Minted.Single();
        Assert.AreNotEqual(pageToken, minted);
        Assert.IsNotEmpty(graph.Requests);
        Assert.IsTrue(graph.Requests.All(r => r.Authorization == "Bearer " + minted), "every Graph call carries the minted token");
        // MSAL asks the public cloud about an authority it does not know (instance discovery; Microsoft.Identity.Web has no
        // setting to stop it), then goes on without; the test's handler refuses it before it leaves. Nothing else was tried.
        Assert.IsTrue(authority.RefusedOffMachine.All(r => r == "login.microsoftonline.com/common/discovery/instance"), string.Join(", ", authority.RefusedOffMachine));
    }

    [TestMethod]
    public async Task A_second_request_of_the_same_user_is_served_from_the_token_cache()
    {
        await using var authority = await TestAuthority.StartAsync(https: true);
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await StartAsync(authority, graph);
        var pageToken = authority.Token(Staff.Principal.Email, Staff.Principal.Name);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.AreEqual(HttpStatusCode.OK, (await DraftAsync(host, pageToken)).Status);
        var first = clock.Elapsed;
        clock.Restart();
        Assert.AreEqual(HttpStatusCode.OK, (await DraftAsync(host, pageToken)).Status);
        var second = clock.Elapsed;

        TestContext.WriteLine($"draft with the token exchanged: {first.TotalMilliseconds:F0} ms; from the cache: {second.TotalMilliseconds:F0} ms");
        Assert.HasCount(2, graph.Mailbox.Messages);
        Assert.HasCount(1, authority.TokenRequests, "the second draft did not call the token endpoint");
        Assert.IsTrue(graph.Requests.All(r => r.Authorization == "Bearer " + authority.Minted.Single()));

        // Another person (another page token) is exchanged on their own.
        var other = authority.Token(Staff.Principal.Email, Staff.Principal.Name);
        Assert.AreEqual(HttpStatusCode.OK, (await DraftAsync(host, other)).Status);
        Assert.HasCount(2, authority.TokenRequests);
        Assert.AreEqual(other, authority.TokenRequests[1]["assertion"]);
    }

    [TestMethod]
    public async Task The_authoritys_MFA_challenge_reaches_the_client_as_consent_required_with_the_claims()
    {
        await using var authority = await TestAuthority.StartAsync(https: true);
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await StartAsync(authority, graph);
        authority.RefuseNext(TestAuthority.OboRefusal.Mfa);
        var pageToken = authority.Token(Staff.Principal.Email, Staff.Principal.Name);

        using var response = await host.SendAsync(HttpMethod.Post, "api/months/2022-10/report/draft", pageToken, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized, ErrorCodes.ConsentRequired);
        Assert.AreEqual(TestAuthority.MfaClaims, problem.GetProperty("claims").GetString());
        Assert.AreEqual("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.IsTrue(ProblemAssert.IsVietnamese(problem.GetProperty("detail").GetString() ?? ""));
        Assert.HasCount(0, graph.Mailbox.Messages);
        Assert.IsTrue(graph.Requests.All(r => r.Authorization is null || !r.Authorization.Contains(pageToken, StringComparison.Ordinal)), "the page token never goes to Graph");
        Assert.HasCount(1, authority.TokenRequests);
        Assert.AreEqual(pageToken, authority.TokenRequests[0]["assertion"]);

        // Once the person has done what was asked (the authority answers again), the same call works.
        Assert.AreEqual(HttpStatusCode.OK, (await DraftAsync(host, pageToken)).Status);
        Assert.HasCount(1, graph.Mailbox.Messages);
    }

    [TestMethod]
    public async Task Missing_consent_at_the_authority_is_consent_required_too()
    {
        await using var authority = await TestAuthority.StartAsync(https: true);
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await StartAsync(authority, graph);
        authority.RefuseNext(TestAuthority.OboRefusal.Consent);

        using var response = await host.SendAsync(HttpMethod.Post, "api/months/2022-10/report/draft", authority.Token(Staff.Principal.Email), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized, ErrorCodes.ConsentRequired);
        Assert.HasCount(0, graph.Mailbox.Messages);
        Assert.HasCount(0, authority.Minted);
    }
}
