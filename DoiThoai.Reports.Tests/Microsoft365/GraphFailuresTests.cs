using System.Text;
using Azure.Core;
using Azure.Identity;
using DoiThoai.Reports.Mail;
using DoiThoai.Reports.Mail.Graph;
using DoiThoai.Reports.Microsoft365;
using DoiThoai.Reports.Scheduling.Graph;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks.Graph;
using Microsoft.Identity.Client;
using NodaTime;

namespace DoiThoai.Reports.Tests.Microsoft365;

[TestClass]
public sealed class GraphFailuresTests
{
    private const string Claims = "{\"access_token\":{\"acrs\":{\"essential\":true,\"value\":\"c1\"}}}";

    [TestMethod]
    public void Claims_are_read_from_the_bearer_challenge_and_decoded()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(Claims));
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["www-authenticate"] = [$"Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", error=\"insufficient_claims\", claims=\"{encoded}\""],
        };

        Assert.AreEqual(Claims, GraphFailures.ClaimsFromHeaders(headers));
        Assert.IsNull(GraphFailures.ClaimsFromHeaders(new Dictionary<string, IEnumerable<string>> { ["WWW-Authenticate"] = ["Bearer realm=\"\""] }));
        Assert.AreEqual("not-base64!", GraphFailures.DecodeClaims("not-base64!"));
        Assert.AreEqual(Claims, GraphFailures.DecodeClaims(encoded.TrimEnd('=').Replace('+', '-').Replace('/', '_')), "base64url without padding too");
    }

    [TestMethod]
    [DataRow("{\"nextExpectedRanges\":[\"26-\"]}", 26L)]
    [DataRow("{\"expirationDateTime\":\"2015-01-29T09:21:55.523Z\",\"nextExpectedRanges\":[\"77829-99375\",\"12345-55232\"]}", 12345L)]
    [DataRow("{\"ExpirationDateTime\":\"2019-09-25T01:09:30.7671707Z\",\"nextExpectedRanges\":[\"2097152\"]}", 2097152L)]
    [DataRow("{\"id\":\"912310013A123\",\"name\":\"largefile.vhd\",\"size\":128,\"file\":{}}", null)]
    [DataRow("", null)]
    public void The_next_start_is_read_from_either_protocol(string json, long? expected)
    {
        Assert.AreEqual(expected, ChunkedUpload.NextStartOf(json));
    }

    [TestMethod]
    public void The_service_text_stays_on_one_line_and_is_cut_short()
    {
        var forged = "Bad range.\n[OK] Đã ghi 500 câu trả lời\r\n" + new string('x', 1000);

        var message = Microsoft365Messages.Error("tạo thư nháp trong Outlook", 400, "badRequest", forged);

        Assert.DoesNotContain("\n", message);
        Assert.DoesNotContain("\r", message);
        StringAssert.StartsWith(message, "Microsoft 365 báo lỗi khi tạo thư nháp trong Outlook: yêu cầu bị từ chối vì không hợp lệ. Chi tiết cho cán bộ tin học: 400 badRequest \"Bad range. [OK] Đã ghi 500 câu trả lời xxx");
        Assert.IsLessThan(450, message.Length);
        Assert.AreEqual("lỗi không lường trước. Chi tiết cho cán bộ tin học: 418.", Microsoft365Messages.Answer(418, null, " "));
    }

    [TestMethod]
    public async Task A_sign_in_that_needs_the_person_becomes_consent_required_with_the_claims_graph_asked_for()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Inject(FakeFault.Challenge("POST", "/me/messages", Claims, times: 1));
        var credential = new ClaimsChallengeCredential(new StepUpCredential());
        var graph = GraphConnection.CreateClientWithCredential(new GraphConnectionOptions { BaseUrl = server.BaseUrl, AuthMode = GraphAuthMode.OnBehalfOf }, credential);
        var mail = ReportMail.For(TestProfiles.Profile, new YearMonth(2022, 10), "bao-cao-2022-10.docx");

        var ex = await Assert.ThrowsExactlyAsync<ConsentRequiredException>(() => new OutlookDrafts(graph).CreateAsync(mail, [1, 2, 3]));

        Assert.AreEqual(Claims, ex.Claims);
        Assert.HasCount(0, server.Mailbox.Messages);
    }

    [TestMethod]
    public async Task Consent_not_yet_given_is_consent_required_without_claims()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var graph = GraphConnection.CreateClientWithCredential(new GraphConnectionOptions { BaseUrl = server.BaseUrl, AuthMode = GraphAuthMode.OnBehalfOf }, new NoConsentCredential());

        var ex = await Assert.ThrowsExactlyAsync<ConsentRequiredException>(() =>
            new OutlookCalendarSync(graph).SyncAsync(TestProfiles.Calendar, TestProfiles.Profile));

        Assert.IsNull(ex.Claims);
        StringAssert.Contains(ex.Message, "ghi lịch đối thoại vào lịch Outlook");
        Assert.HasCount(0, server.Requests);
    }

    [TestMethod]
    public async Task A_refused_sign_in_names_the_entra_code_in_vietnamese_without_microsofts_english()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var ex = await Assert.ThrowsExactlyAsync<DoiThoaiException>(() => DraftReportAsync(server.BaseUrl, GraphAuthMode.ClientSecret, new WrongSecretCredential()));

        Assert.AreEqual(ErrorCodes.GraphConfiguration, ex.Code);
        StringAssert.Contains(ex.Message, "Đăng nhập Microsoft 365 không thành công: Microsoft Entra ID từ chối, mã lỗi AADSTS7000215");
        StringAssert.Contains(ex.Message, "error?code=7000215");
        Assert.DoesNotContain("Invalid client secret", ex.Message);
        Assert.DoesNotContain("authentication failed", ex.Message);
    }

    [TestMethod]
    public async Task A_graph_that_cannot_be_reached_is_said_in_vietnamese_without_the_systems_english()
    {
        // A loopback port nobody listens on: the connection is refused at once.
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var ex = await Assert.ThrowsExactlyAsync<DoiThoaiException>(() => DraftReportAsync($"http://127.0.0.1:{port}/v1.0", GraphAuthMode.OnBehalfOf, new ClaimsChallengeCredential(new StepUpCredential())));

        Assert.AreEqual(ErrorCodes.GraphUnavailable, ex.Code);
        StringAssert.Contains(ex.Message, "Không kết nối được với Microsoft 365");
        StringAssert.Contains(ex.Message, "không mở được kết nối tới máy chủ");
        Assert.DoesNotContain("refused", ex.Message);
        Assert.DoesNotContain("127.0.0.1", ex.Message);
    }

    /// <summary>The October report's draft made in Outlook through the real Graph SDK at <paramref name="baseUrl"/>.</summary>
    private static Task DraftReportAsync(string baseUrl, GraphAuthMode mode, TokenCredential credential)
    {
        var graph = GraphConnection.CreateClientWithCredential(new GraphConnectionOptions { BaseUrl = baseUrl, AuthMode = mode }, credential);
        var mail = ReportMail.For(TestProfiles.Profile, new YearMonth(2022, 10), "bao-cao-2022-10.docx");
        return new OutlookDrafts(graph).CreateAsync(mail, [1, 2, 3]);
    }

    /// <summary>Entra ID refuses the app's secret, as Azure.Identity reports it.</summary>
    private sealed class WrongSecretCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException(
                "ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.",
                new MsalServiceException("invalid_client", "AADSTS7000215: Invalid client secret provided."));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    /// <summary>Gives a token until Graph's challenge claims are asked for, then needs the person (multi-factor authentication).</summary>
    private sealed class StepUpCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            requestContext.Claims is null
                ? new AccessToken("token-for-test", DateTimeOffset.UtcNow.AddHours(1))
                : throw new AuthenticationFailedException("OnBehalfOfCredential authentication failed.", new MsalUiRequiredException("interaction_required", "AADSTS50076: you must use multi-factor authentication."));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    /// <summary>The person has not consented to the app's permissions.</summary>
    private sealed class NoConsentCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("OnBehalfOfCredential authentication failed.", new MsalUiRequiredException("consent_required", "AADSTS65001: The user or administrator has not consented to use the application."));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
