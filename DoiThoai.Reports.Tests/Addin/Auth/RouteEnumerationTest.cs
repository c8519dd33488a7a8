using System.Net;
using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.Microsoft365;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports.Schools.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>
/// Every route of the running host, read from its endpoint data source (so a route added later is checked too): in
/// Microsoft 365 mode each API route answers 401 without a valid token (none, expired, wrongly signed, another
/// audience, another tenant, another issuer, no <c>access_as_user</c>) and 403 <c>FORBIDDEN_ROLE</c> for a role its policy
/// does not admit; only <c>/health</c>, <c>/api/config</c>, signed links and the preview's stylesheet are open.
/// </summary>
[TestClass]
public sealed class RouteEnumerationTest
{
    private static SignedInHost _host = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext _) => _host = await SignedInHost.StartAsync();

    [ClassCleanup]
    public static async Task StopAsync() => await _host.DisposeAsync();

    private sealed record Route(string Method, string Pattern, string Path, bool Anonymous, string? Policy)
    {
        public override string ToString() => $"{Method} {Pattern}";
    }

    private static List<Route> Routes()
    {
        var session = _host.SessionId();
        var routes = new List<Route>();
        foreach (var endpoint in _host.Host.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            var path = "/" + string.Join('/', pattern.Trim('/').Split('/').Select(segment => segment switch
            {
                "{id}" => session,
                "{month}" => "2022-10",
                ['{', ..] => "x",
                _ => segment,
            }));
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                routes.Add(new Route(method, pattern, path, anonymous, policy));
            }
        }

        Assert.IsGreaterThanOrEqualTo(12, routes.Count, string.Join(", ", routes));
        return routes;
    }

    private static IEnumerable<Route> Closed() => Routes().Where(r => !r.Anonymous);

    [TestMethod]
    public void Only_health_config_signed_links_and_the_preview_stylesheet_are_open_and_every_API_route_names_a_policy()
    {
        var routes = Routes();
        CollectionAssert.AreEquivalent(
            new[] { "GET /health", "GET /api/config", "GET /api/links/{token}", "GET /preview.css" },
            routes.Where(r => r.Anonymous).Select(r => r.ToString()).ToArray());
        foreach (var route in routes.Where(r => !r.Anonymous))
        {
            Assert.IsNotNull(route.Policy, $"{route}: .RequireAuthorization(Policies.…)");
            Assert.IsTrue(Policies.Roles.ContainsKey(route.Policy), $"{route}: {route.Policy} is one of Policies");
            Assert.IsTrue(route.Policy != Policies.SignedIn || route.Pattern == "/api/me", $"{route}: only /api/me is for anyone signed in");
        }
    }

    public static IEnumerable<object[]> BadTokens() =>
    [
        ["none"], ["garbage"], ["expired"], ["not yet valid"], ["wrong signature"], ["wrong audience"], ["wrong tenant"],
        ["wrong issuer"], ["no scope"], ["other scope"], ["unsigned"],
    ];

    private static string? Bad(string kind)
    {
        var a = _host.Authority;
        var who = Staff.Principal.Email;
        return kind switch
        {
            "none" => null,
            "garbage" => "not-a-token",
            "expired" => a.Token(who, age: TimeSpan.FromHours(2), lifetime: TimeSpan.FromHours(1)),
            "not yet valid" => a.Token(who, age: TimeSpan.FromHours(-1)),
            "wrong signature" => a.Token(who, wrongKey: true),
            "wrong audience" => a.Token(who, audience: "api://another-app"),
            "wrong tenant" => a.Token(who, tenant: TestAuthority.OtherTenantId),
            "wrong issuer" => a.Token(who, issuer: "https://login.example.com/" + TestAuthority.TenantId + "/v2.0"),
            "no scope" => a.Token(who, scope: "", roles: ["Principal"]),
            "other scope" => a.Token(who, scope: "User.Read"),
            "unsigned" => string.Join('.', a.Token(who).Split('.')[..2]) + ".",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    [TestMethod]
    [DynamicData(nameof(BadTokens))]
    public async Task Every_closed_route_answers_401_without_a_valid_token(string kind)
    {
        var token = Bad(kind);
        var checkedRoutes = 0;
        foreach (var route in Closed())
        {
            using var response = await _host.SendAsync(new HttpMethod(route.Method), route.Path, token, route.Method == "GET" ? null : new StringContent(""));
            var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized, HostErrorCodes.SignInRequired);
            Assert.AreEqual(HostTexts.SignInRequiredDetail, problem.GetProperty("detail").GetString());
            Assert.IsTrue(response.Headers.WwwAuthenticate.Any(h => h.Scheme == "Bearer"), $"{route} with {kind}: WWW-Authenticate: Bearer");
            Assert.IsFalse(problem.ToString().Contains("eyJ", StringComparison.Ordinal), "the token is not echoed");
            checkedRoutes++;
        }

        TestContext.WriteLine($"{kind}: {checkedRoutes} routes answered 401");
        Assert.IsGreaterThanOrEqualTo(10, checkedRoutes);
    }

    [TestMethod]
    public async Task An_unknown_API_address_is_closed_too()
    {
        using var response = await _host.SendAsync(HttpMethod.Get, "/api/khong-co", null);
        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized, HostErrorCodes.SignInRequired);
    }

    public static IEnumerable<object[]> LesserStaff() => Staff.Lesser.Select(s => new object[] { s.Email });

    [TestMethod]
    [DynamicData(nameof(LesserStaff))]
    public async Task A_role_the_policy_does_not_admit_gets_403_and_one_it_admits_gets_through(string email)
    {
        var who = Staff.Lesser.Single(s => s.Email == email);
        var token = _host.Authority.Token(who.Email, who.Name);
        foreach (var route in Closed())
        {
            var admitted = Policies.Roles[route.Policy!] is var roles && (roles.Count == 0 || who.Roles.Any(roles.Contains));
            using var response = await _host.SendAsync(new HttpMethod(route.Method), route.Path, token, route.Method == "GET" ? null : new StringContent(""));
            if (admitted)
            {
                Assert.IsFalse(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
                    $"{route} for {who}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            else
            {
                var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden, HostErrorCodes.ForbiddenRole);
                Assert.AreEqual(HostTexts.ForbiddenRoleDetail, problem.GetProperty("detail").GetString());
            }
        }
    }

    [TestMethod]
    public async Task The_principal_gets_through_everywhere()
    {
        var token = _host.Authority.Token(Staff.Principal.Email, Staff.Principal.Name);
        foreach (var route in Closed())
        {
            using var response = await _host.SendAsync(new HttpMethod(route.Method), route.Path, token, route.Method == "GET" ? null : new StringContent(""));
            Assert.IsFalse(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
                $"{route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [TestMethod]
    public async Task An_app_role_gives_the_role_the_profile_does_not()
    {
        var token = _host.Authority.Token(Staff.Stranger.Email, roles: [nameof(StaffRole.Principal)]);
        using var response = await _host.SendAsync(HttpMethod.Get, "/api/calendar.ics", token);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, string.Join(" ", response.Headers.WwwAuthenticate));

        var other = _host.Authority.Token(Staff.Stranger.Email, roles: ["Admin"]);
        using var refused = await _host.SendAsync(HttpMethod.Get, "/api/calendar.ics", other);
        await ProblemAssert.IsProblem(refused, HttpStatusCode.Forbidden, HostErrorCodes.ForbiddenRole);
    }

    [TestMethod]
    public async Task The_pages_and_health_load_without_a_token()
    {
        using var health = await _host.SendAsync(HttpMethod.Get, "/health", null);
        Assert.AreEqual(HttpStatusCode.OK, health.StatusCode);
        using var config = await _host.SendAsync(HttpMethod.Get, "/api/config", null);
        Assert.AreEqual(HttpStatusCode.OK, config.StatusCode);
    }
}
