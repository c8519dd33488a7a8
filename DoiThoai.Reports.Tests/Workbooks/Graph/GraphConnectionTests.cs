using Azure.Core;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks.Graph;

namespace DoiThoai.Reports.Tests.Workbooks.Graph;

[TestClass]
public sealed class GraphConnectionTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [TestMethod]
    [DataRow(GraphAuthMode.None)]
    [DataRow(GraphAuthMode.ClientSecret)]
    [DataRow(GraphAuthMode.DeviceCode)]
    public void Plain_http_to_another_machine_is_refused_whatever_the_sign_in(GraphAuthMode mode)
    {
        var options = new GraphConnectionOptions { BaseUrl = "http://graph.microsoft.com/v1.0", AuthMode = mode, TenantId = "t", ClientId = "c" };

        var error = Assert.ThrowsExactly<WorkbookAccessException>(() => GraphConnection.CreateClient(options, environment: _ => "secret"));

        StringAssert.Contains(error.Message, "http không mã hoá chỉ được dùng với máy này");
    }

    [TestMethod]
    [DataRow("http://127.0.0.1:5000/v1.0")]
    [DataRow("http://127.0.0.2/v1.0")]
    [DataRow("http://localhost:5000/v1.0")]
    [DataRow("http://[::1]:5000/v1.0")]
    public void Loopback_http_needs_no_credential(string baseUrl)
    {
        var client = GraphConnection.CreateClient(new GraphConnectionOptions { BaseUrl = baseUrl, AuthMode = GraphAuthMode.None });

        Assert.AreEqual(baseUrl, client.RequestAdapter.BaseUrl);
    }

    [TestMethod]
    public void No_credential_is_refused_towards_the_real_graph()
    {
        var error = Assert.ThrowsExactly<WorkbookAccessException>(() => GraphConnection.CreateClient(new GraphConnectionOptions { AuthMode = GraphAuthMode.None }));

        StringAssert.Contains(error.Message, "Cần đăng nhập");
    }

    [TestMethod]
    public void A_national_cloud_base_url_is_kept()
    {
        var options = new GraphConnectionOptions { BaseUrl = "https://graph.microsoft.us/v1.0", AuthMode = GraphAuthMode.ClientSecret, TenantId = "t", ClientId = "c" };

        var client = GraphConnection.CreateClient(options, environment: name => name == GraphConnectionOptions.ClientSecretVariable ? "secret" : null);

        Assert.AreEqual("https://graph.microsoft.us/v1.0", client.RequestAdapter.BaseUrl);
    }

    [TestMethod]
    public void The_client_secret_comes_only_from_the_environment()
    {
        var options = new GraphConnectionOptions { AuthMode = GraphAuthMode.ClientSecret, TenantId = "t", ClientId = "c" };

        var error = Assert.ThrowsExactly<WorkbookAccessException>(() => GraphConnection.CreateClient(options, environment: NoEnvironment));

        StringAssert.Contains(error.Message, GraphConnectionOptions.ClientSecretVariable);
    }

    [TestMethod]
    public void Tenant_and_client_are_required_to_sign_in()
    {
        var error = Assert.ThrowsExactly<WorkbookAccessException>(() => GraphConnection.CreateClient(new GraphConnectionOptions { AuthMode = GraphAuthMode.DeviceCode, ClientId = "c" }));

        StringAssert.Contains(error.Message, "--tenant");
    }

    [TestMethod]
    public void A_missing_or_unreadable_certificate_is_explained()
    {
        var options = new GraphConnectionOptions { AuthMode = GraphAuthMode.Certificate, TenantId = "t", ClientId = "c" };

        var missing = Assert.ThrowsExactly<WorkbookAccessException>(() => GraphConnection.CreateClient(options, environment: NoEnvironment));
        var unreadable = Assert.ThrowsExactly<WorkbookAccessException>(() =>
            GraphConnection.CreateClient(options with { CertificatePath = Path.Combine(Path.GetTempPath(), "khong-co-" + Guid.NewGuid() + ".pfx") }, environment: NoEnvironment));

        StringAssert.Contains(missing.Message, "--certificate");
        StringAssert.Contains(unreadable.Message, "Không đọc được chứng chỉ");
        StringAssert.Contains(unreadable.Message, "không tìm thấy tệp");
        Assert.DoesNotContain("Could not find", unreadable.Message);
    }

    [TestMethod]
    public void A_file_that_is_not_a_certificate_is_said_so_in_vietnamese()
    {
        var path = Path.Combine(Path.GetTempPath(), "khong-phai-" + Guid.NewGuid() + ".pfx");
        File.WriteAllText(path, "đây không phải chứng chỉ");
        try
        {
            var options = new GraphConnectionOptions { AuthMode = GraphAuthMode.Certificate, TenantId = "t", ClientId = "c", CertificatePath = path };

            var error = Assert.ThrowsExactly<WorkbookAccessException>(() => GraphConnection.CreateClient(options, environment: NoEnvironment));

            StringAssert.Contains(error.Message, "tệp không phải chứng chỉ .pfx đọc được, hoặc mật khẩu không đúng");
            Assert.IsInstanceOfType<System.Security.Cryptography.CryptographicException>(error.InnerException);
            Assert.DoesNotContain(error.InnerException!.Message, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void On_behalf_of_needs_the_users_token_and_is_built_apart()
    {
        var options = new GraphConnectionOptions { AuthMode = GraphAuthMode.OnBehalfOf, TenantId = "t", ClientId = "c" };

        var error = Assert.ThrowsExactly<WorkbookAccessException>(() => GraphConnection.CreateClient(options));
        var client = GraphConnection.CreateOnBehalfOf(options, "user-token", name => name == GraphConnectionOptions.ClientSecretVariable ? "secret" : null);

        StringAssert.Contains(error.Message, "on-behalf-of");
        Assert.AreEqual(GraphConnectionOptions.DefaultBaseUrl, client.RequestAdapter.BaseUrl);
    }

    [TestMethod]
    public async Task A_credential_signs_every_request_with_a_token_for_the_graph_host()
    {
        await using var server = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(server.Sheet, 2);
        var credential = new RecordingCredential();
        var client = GraphConnection.CreateClientWithCredential(new GraphConnectionOptions { BaseUrl = server.BaseUrl, AuthMode = GraphAuthMode.ClientSecret }, credential);

        await GraphWorkbookSourceTests.ReadAllAsync(new GraphWorkbookSource(client, GraphWorkbookLocation.ById(FakeGraphServer.DriveId, FakeGraphServer.ItemId)));

        Assert.IsTrue(server.Requests.All(r => r.Authorization == "Bearer token-for-test"));
        CollectionAssert.AreEqual(new[] { $"http://{new Uri(server.BaseUrl).Authority}/.default" }, credential.Scopes!);
    }

    [TestMethod]
    public void A_sharing_link_is_encoded_as_graph_expects()
    {
        // Expected value computed apart (base64url without padding, as Graph's shares documentation describes).
        Assert.AreEqual("u!aHR0cHM6Ly9vbmVkcml2ZS5saXZlLmNvbS9yZWRpcj9yZXNpZD0xMjM0NSFhYmM", GraphWorkbookLocation.EncodeSharingUrl("https://onedrive.live.com/redir?resid=12345!abc"));
        Assert.ThrowsExactly<WorkbookAccessException>(() => GraphWorkbookLocation.BySharingLink("không phải liên kết"));
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public string[]? Scopes { get; private set; }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes = requestContext.Scopes;
            return new AccessToken("token-for-test", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
