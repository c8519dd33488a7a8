using System.Net;
using System.Text.Json;
using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Tests.TestTools;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>
/// A signed link's token is a credential: with the host's default logging (Information, which the test fixture
/// otherwise lowers) no log line holds it, neither ASP.NET's request lines nor the host's own line for a defect.
/// </summary>
[TestClass]
public sealed class LinkTokenLoggingTest
{
    /// <summary>The embedded default's levels: nothing lowered, as a host with no appsettings logs.</summary>
    private static readonly string[] DefaultLogging = ["--Logging:LogLevel:Default=Information", "--Logging:LogLevel:DoiThoai=Information"];

    private static Action<WebApplicationBuilder> Recording(RecordingLoggerProvider logs, Action<WebApplicationBuilder>? more = null) => builder =>
    {
        builder.Logging.AddProvider(logs);
        more?.Invoke(builder);
    };

    private static void AssertNotLogged(RecordingLoggerProvider logs, string token)
    {
        Assert.IsNotEmpty(logs.Lines, "the recorder saw the host's lines");
        var leaks = logs.Lines.Where(l => l.Contains(token, StringComparison.Ordinal)).ToList();
        Assert.IsEmpty(leaks, string.Join(Environment.NewLine, leaks));
    }

    [TestMethod]
    public async Task Issuing_and_opening_a_link_logs_no_token()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = await SignedInHost.StartAsync(args: DefaultLogging, configure: Recording(logs));

        using var issued = await host.SendAsync(HttpMethod.Post, "api/months/2022-10/report/link", host.Authority.Token(Staff.Principal.Email), new StringContent(""));
        Assert.AreEqual(HttpStatusCode.OK, issued.StatusCode);
        var url = JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement.GetProperty("url").GetString()!;
        var token = url[(url.LastIndexOf('/') + 1)..];
        using (var opened = await host.Client.GetAsync(url))
        {
            Assert.AreEqual(HttpStatusCode.OK, opened.StatusCode);
        }

        // A cut or stale token is still someone's credential, or most of it.
        using (var cut = await host.Client.GetAsync("api/links/" + token[..^4]))
        {
            Assert.AreEqual(HttpStatusCode.NotFound, cut.StatusCode);
        }

        AssertNotLogged(logs, token[..^4]);
        Assert.IsTrue(logs.Lines.Any(l => l.Contains("Microsoft.AspNetCore", StringComparison.Ordinal)), "ASP.NET logs at Information here: " + string.Join(Environment.NewLine, logs.Lines));
    }

    [TestMethod]
    public async Task A_defect_while_opening_a_link_is_logged_without_its_token()
    {
        const string token = "CfDJ8-token-of-someone-012345678";
        var logs = new RecordingLoggerProvider();
        await using var host = await AddinHostFixture.StartAsync(
            args: DefaultLogging,
            configure: Recording(logs, builder => builder.Services.AddSingleton(new DocumentLinks(new FailingProtection()))));

        using var response = await host.Client.GetAsync("api/links/" + token);

        Assert.AreEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.IsTrue(logs.Lines.Any(l => l.Contains($"{DoiThoai.Addin.Apis.LinksApi.OpenPath}/{LinkTokenLogging.Redacted}", StringComparison.Ordinal)), "the defect is logged, with the path cut: " + string.Join(Environment.NewLine, logs.Lines));
        AssertNotLogged(logs, token);
    }

    [TestMethod]
    [DataRow("/api/links/abc", "/api/links/…")]
    [DataRow("/API/Links/abc/more", "/api/links/…")]
    [DataRow("/api/links", "/api/links")]
    [DataRow("/api/linksabc", "/api/linksabc")]
    [DataRow("/api/sessions/2022-10-day/submissions", "/api/sessions/2022-10-day/submissions")]
    public void Only_link_paths_are_cut(string path, string logged) => Assert.AreEqual(logged, LinkTokenLogging.Loggable(path));

    /// <summary>Data Protection that breaks unexpectedly (a defect, not a bad token).</summary>
    private sealed class FailingProtection : IDataProtectionProvider, IDataProtector
    {
        public IDataProtector CreateProtector(string purpose) => this;

        public byte[] Protect(byte[] plaintext) => throw new InvalidOperationException("protection is broken");

        public byte[] Unprotect(byte[] protectedData) => throw new InvalidOperationException("protection is broken");
    }
}
