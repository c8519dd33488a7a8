using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>
/// Two host instances behind one name, as a load balancer would have them: each with its own data folder (no shared key
/// folder), both with <c>DoiThoai:Redis</c> pointing at one real redis-server. A signed link issued by one opens on the
/// other and after a restart; the on-behalf-of token one instance got for a user is the other's too (the authority's
/// token endpoint is called once).
/// </summary>
[TestClass]
public sealed class ScaleOutTest
{
    public TestContext TestContext { get; set; } = null!;

    private static async Task<string> IssueLinkAsync(SignedInHost host)
    {
        using var response = await host.SendAsync(HttpMethod.Post, "api/months/2022-10/report/link", host.Authority.Token(Staff.Principal.Email), new StringContent(""));
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("url").GetString()!;
    }

    private static async Task AssertOpensAsync(SignedInHost host, string url, string where)
    {
        // The same path on another instance: the link names no host of its own that matters.
        var path = new Uri(url).PathAndQuery.TrimStart('/');
        using var anonymous = new HttpClient { BaseAddress = host.Host.BaseAddress };
        using var response = await anonymous.GetAsync(path);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, $"{where}: {await response.Content.ReadAsStringAsync()}");
        Assert.AreEqual(DoiThoai.Addin.Apis.WordFile.ContentType, response.Content.Headers.ContentType?.MediaType);
    }

    [TestMethod]
    public async Task A_link_signed_on_one_instance_opens_on_the_other_and_after_a_restart()
    {
        using var redis = await RedisServer.StartAsync();
        await using var authority = await TestAuthority.StartAsync();
        using var dataA = new TemporaryDirectory();
        using var dataB = new TemporaryDirectory();
        string[] shared = [$"--{AuthHosting.RedisSetting}={redis.Configuration}"];
        await using (var b = await SignedInHost.StartAsync(authority, dataB.Path, shared))
        {
            string url;
            var a = await SignedInHost.StartAsync(authority, dataA.Path, shared);
            try
            {
                url = await IssueLinkAsync(a);
                await AssertOpensAsync(b, url, "instance B");
            }
            finally
            {
                await a.DisposeAsync();
            }

            await using var restarted = await SignedInHost.StartAsync(authority, dataA.Path, shared);
            await AssertOpensAsync(restarted, url, "instance A after a restart");
            await AssertOpensAsync(b, url, "instance B again");
        }

        Assert.IsFalse(Directory.Exists(Path.Combine(dataA.Path, DocumentLinks.KeysFolder)) && Directory.EnumerateFiles(Path.Combine(dataA.Path, DocumentLinks.KeysFolder)).Any(), "the keys are in Redis, not in A's data folder");
        Assert.IsFalse(Directory.Exists(Path.Combine(dataB.Path, DocumentLinks.KeysFolder)) && Directory.EnumerateFiles(Path.Combine(dataB.Path, DocumentLinks.KeysFolder)).Any(), "nor in B's");
    }

    [TestMethod]
    public async Task The_on_behalf_of_token_got_through_one_instance_serves_the_other()
    {
        using var redis = await RedisServer.StartAsync();
        await using var authority = await TestAuthority.StartAsync(https: true);
        await using var graph = await FakeGraphServer.StartAsync();
        string[] shared = [$"--{AuthHosting.RedisSetting}={redis.Configuration}"];
        await using var a = await OnBehalfOfExchangeTest.StartAsync(authority, graph, args: shared);
        await using var b = await OnBehalfOfExchangeTest.StartAsync(authority, graph, args: shared);
        var pageToken = authority.Token(Staff.Principal.Email, Staff.Principal.Name);

        var clock = Stopwatch.StartNew();
        Assert.AreEqual(HttpStatusCode.OK, (await OnBehalfOfExchangeTest.DraftAsync(a, pageToken)).Status);
        var first = clock.Elapsed;
        clock.Restart();
        Assert.AreEqual(HttpStatusCode.OK, (await OnBehalfOfExchangeTest.DraftAsync(b, pageToken)).Status);
        var second = clock.Elapsed;

        Assert.HasCount(1, authority.TokenRequests, "B found A's token in Redis");
        Assert.HasCount(2, graph.Mailbox.Messages);
        Assert.IsTrue(graph.Requests.All(r => r.Authorization == "Bearer " + authority.Minted.Single()), "both instances sent the one minted token");
        TestContext.WriteLine($"draft through A (token exchanged): {first.TotalMilliseconds:F0} ms; through B (token from Redis): {second.TotalMilliseconds:F0} ms");
    }
}
