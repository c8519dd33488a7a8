using System.Net;
using System.Reflection;
using DoiThoai.Addin.Microsoft365;
using DoiThoai.Reports.Mail;
using DoiThoai.Reports.Mail.Graph;
using DoiThoai.Reports.Microsoft365;
using DoiThoai.Reports.Schools.Access;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using NodaTime;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>
/// The user's Graph client in Microsoft 365 mode: the real Graph SDK towards the loopback Graph fake at the configured
/// base URL, signing with the on-behalf-of token; a claims challenge or a sign-in that needs the person becomes
/// <c>CONSENT_REQUIRED</c> with the claims, answered as a 401 ProblemDetails.
/// </summary>
[TestClass]
public sealed class OnBehalfOfTest
{
    private const string Claims = "{\"access_token\":{\"acrs\":{\"essential\":true,\"value\":\"c1\"}}}";

    /// <summary>Stands in for Entra ID's token endpoint: a token per call, the person needed once claims are asked for.</summary>
    private sealed class FakeTokens : IUserTokenSource
    {
        public List<(IReadOnlyList<string> Scopes, string? Claims)> Calls { get; } = [];

        public Task<(string Token, DateTimeOffset ExpiresOn)> TokenAsync(IReadOnlyList<string> scopes, string? claims, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                Calls.Add((scopes, claims));
            }

            return claims is null
                ? Task.FromResult(("obo-graph-token", DateTimeOffset.UtcNow.AddHours(1)))
                : throw new ConsentRequiredException("Cần đăng nhập lại.", claims);
        }
    }

    [TestMethod]
    public async Task The_users_graph_client_reaches_the_configured_graph_with_the_on_behalf_of_token()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var tokens = new FakeTokens();
        await using var host = await SignedInHost.StartAsync(
            args: [$"--DoiThoai:Auth:GraphBaseUrl={graph.BaseUrl}"],
            configure: b => b.Services.Replace(ServiceDescriptor.Singleton<IUserTokenSource>(tokens)));
        var users = host.Host.Service<IUserGraph>();
        Assert.IsTrue(users.IsAvailable);

        var mail = ReportMail.For(TestProfiles.Profile, new YearMonth(2022, 10), "bao-cao-2022-10.docx");
        var draft = await new OutlookDrafts(users.ForCurrentUser()).CreateAsync(mail, [1, 2, 3]);

        Assert.IsFalse(string.IsNullOrEmpty(draft.Id));
        Assert.HasCount(1, graph.Mailbox.Messages);
        Assert.IsTrue(graph.Requests.All(r => r.Authorization == "Bearer obo-graph-token"), string.Join(", ", graph.Requests.Select(r => r.Authorization)));
        Assert.IsTrue(tokens.Calls.All(c => c.Scopes.SequenceEqual([new Uri(graph.BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default"])));
    }

    [TestMethod]
    public async Task A_claims_challenge_from_graph_becomes_consent_required_with_its_claims()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        graph.Inject(FakeFault.Challenge("POST", "/me/messages", Claims, times: 1));
        var tokens = new FakeTokens();
        await using var host = await SignedInHost.StartAsync(
            args: [$"--DoiThoai:Auth:GraphBaseUrl={graph.BaseUrl}"],
            configure: b => b.Services.Replace(ServiceDescriptor.Singleton<IUserTokenSource>(tokens)));
        var mail = ReportMail.For(TestProfiles.Profile, new YearMonth(2022, 10), "bao-cao-2022-10.docx");

        var ex = await Assert.ThrowsExactlyAsync<ConsentRequiredException>(() => new OutlookDrafts(host.Host.Service<IUserGraph>().ForCurrentUser()).CreateAsync(mail, [1, 2, 3]));

        Assert.AreEqual(Claims, ex.Claims);
        Assert.IsTrue(tokens.Calls.Any(c => c.Claims == Claims), "the SDK asked again with the challenge's claims");
        Assert.HasCount(0, graph.Mailbox.Messages);
    }

    [TestMethod]
    public async Task Microsoft_Identity_Webs_challenge_becomes_consent_required()
    {
        var acquisition = DispatchProxy.Create<ITokenAcquisition, ChallengingAcquisition>();
        var source = new TokenAcquisitionSource(acquisition, new Microsoft.AspNetCore.Http.HttpContextAccessor());

        var ex = await Assert.ThrowsExactlyAsync<ConsentRequiredException>(() => source.TokenAsync(["https://graph.microsoft.com/.default"], Claims, CancellationToken.None));

        Assert.AreEqual(Claims, ex.Claims, "the claims asked with are passed back when MSAL's answer has none");
        Assert.IsTrue(ProblemAssert.IsVietnamese(ex.Message));
    }

    [TestMethod]
    public async Task Consent_required_is_a_401_problem_with_the_claims()
    {
        await using var host = await SignedInHost.StartAsync(
            configure: b => b.Services.Replace(ServiceDescriptor.Singleton<ICurrentStaff>(new NeedsConsent())));

        using var response = await host.SendAsync(HttpMethod.Get, "api/me", host.Authority.Token(Staff.Principal.Email));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized, ErrorCodes.ConsentRequired);
        Assert.AreEqual(Claims, problem.GetProperty("claims").GetString());
    }

    [TestMethod]
    public async Task The_embedded_default_has_no_users_graph()
    {
        await using var host = await AddinHostFixture.StartAsync();
        var users = host.Service<IUserGraph>();
        Assert.IsFalse(users.IsAvailable);
        Assert.AreEqual(ErrorCodes.NotAvailable, Assert.ThrowsExactly<DoiThoaiException>(() => users.ForCurrentUser()).Code);
    }

    private sealed class NeedsConsent : ICurrentStaff
    {
        public StaffAccess Access => throw new ConsentRequiredException("Microsoft 365 cần thầy cô đăng nhập lại.", Claims);

        public (string? Name, string? Email) Identity => (null, null);
    }

    /// <summary>An <see cref="ITokenAcquisition"/> whose every call says the user must sign in again (as MSAL does for MFA or missing consent).</summary>
    public class ChallengingAcquisition : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new MicrosoftIdentityWebChallengeUserException(new MsalUiRequiredException("invalid_grant", "AADSTS50076: multi-factor authentication required"), ["https://graph.microsoft.com/.default"]);
    }
}
