using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>
/// How a host under test trusts the https <see cref="TestAuthority"/>, registered only by a test's configure callback:
/// a named HttpClient whose handler accepts exactly that certificate (by its SHA-256 thumbprint) and refuses to send
/// anything off this machine; MSAL gets it through <see cref="IMsalHttpClientFactory"/> (Microsoft.Identity.Web takes
/// one from the services when registered), the JWT bearer handler's metadata requests through its back channel.
/// </summary>
internal static class TestAuthorityTrust
{
    public const string HttpClientName = "doithoai-test-authority";

    /// <param name="refused">Where the requests refused (not towards this machine) are written as host and path: MSAL's instance
    /// discovery asks the public cloud about an authority it does not know, and Microsoft.Identity.Web has no setting to stop it.</param>
    public static void Register(WebApplicationBuilder builder, X509Certificate2 certificate, System.Collections.Concurrent.ConcurrentQueue<string> refused)
    {
        var pin = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        builder.Services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => Pinned(pin))
            .AddHttpMessageHandler(() => new LoopbackOnly(refused));
        builder.Services.AddSingleton<IMsalHttpClientFactory>(sp => new NamedMsalHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>()));
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = new LoopbackOnly(refused) { InnerHandler = Pinned(pin) });
    }

    private static HttpClientHandler Pinned(string pin) => new()
    {
        ServerCertificateCustomValidationCallback = (_, presented, _, _) =>
            presented is not null && string.Equals(presented.GetCertHashString(HashAlgorithmName.SHA256), pin, StringComparison.OrdinalIgnoreCase),
    };

    private sealed class NamedMsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }

    private sealed class LoopbackOnly(System.Collections.Concurrent.ConcurrentQueue<string> refused) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is not { IsLoopback: true } uri)
            {
                refused.Enqueue(request.RequestUri is { } u ? u.Host + u.AbsolutePath : "");
                throw new HttpRequestException($"test: {request.RequestUri?.Host} is not on this machine");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
