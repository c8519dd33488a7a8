using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>
/// A stand-in for Entra ID on 127.0.0.1 (real Kestrel): the OpenID metadata documents of any tenant
/// (<c>/{tenant}/v2.0/.well-known/openid-configuration</c>, and the v1 one) and the signing keys (<c>/discovery/keys</c>)
/// with a test RSA key; <see cref="Token"/> mints access tokens as Entra ID does for <c>access_as_user</c>, signed by
/// that key, or by another for a wrongly signed one. Point the host's <c>DoiThoai:Auth:Instance</c> at <see cref="Instance"/>.
/// </summary>
public sealed class TestAuthority : IAsyncDisposable
{
    public const string TenantId = "5b9c1d3e-0000-4000-8000-00000000a11c";
    public const string OtherTenantId = "7e1f2a3b-0000-4000-8000-0000000000ff";
    public const string ClientId = "0d7a3c55-0000-4000-8000-000000d01740";
    public const string KeyId = "doithoai-test-key";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key;
    private readonly RsaSecurityKey _otherKey;
    private readonly JsonWebTokenHandler _handler = new();

    private TestAuthority(WebApplication app, RsaSecurityKey key, RsaSecurityKey otherKey)
    {
        _app = app;
        _key = key;
        _otherKey = otherKey;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>: the host's <c>DoiThoai:Auth:Instance</c>.</summary>
    public string Instance { get; private set; } = "";

    /// <summary>The metadata documents and keys served (the host reads them once and caches them).</summary>
    public int MetadataRequests;

    /// <summary>The host's arguments for the Microsoft 365 mode against this authority.</summary>
    public IEnumerable<string> HostArgs() =>
    [
        $"--DoiThoai:Auth:Instance={Instance}",
        $"--DoiThoai:Auth:TenantId={TenantId}",
        $"--DoiThoai:Auth:ClientId={ClientId}",
    ];

    public string Issuer(string tenant) => $"{Instance}{tenant}/v2.0";

    public static async Task<TestAuthority> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = KeyId };
        var other = new RsaSecurityKey(RSA.Create(2048)) { KeyId = KeyId };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var authority = new TestAuthority(app, key, other);
        app.Run(authority.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        authority.Instance = address.TrimEnd('/') + "/";
        return authority;
    }

    /// <summary>
    /// An access token for the host's API as Entra ID issues it (v2): <c>aud</c> the client ID, <c>tid</c>, <c>scp</c>
    /// <c>access_as_user</c>, <c>preferred_username</c>. Each argument bends one thing for the negative cases.
    /// </summary>
    public string Token(
        string email,
        string? name = null,
        string[]? roles = null,
        string scope = "access_as_user",
        string? audience = null,
        string tenant = TenantId,
        string? issuer = null,
        TimeSpan? lifetime = null,
        TimeSpan? age = null,
        bool wrongKey = false)
    {
        var now = DateTime.UtcNow - (age ?? TimeSpan.Zero);
        var claims = new Dictionary<string, object>
        {
            ["tid"] = tenant,
            ["oid"] = Guid.NewGuid().ToString(),
            ["sub"] = Convert.ToBase64String(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email)))[..20],
            ["preferred_username"] = email,
            ["name"] = name ?? email,
            ["ver"] = "2.0",
            ["azp"] = "client-of-the-pages",
        };
        if (!string.IsNullOrEmpty(scope))
        {
            claims["scp"] = scope;
        }

        if (roles is { Length: > 0 })
        {
            claims["roles"] = roles;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer(tenant),
            Audience = audience ?? ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = claims,
            SigningCredentials = new SigningCredentials(wrongKey ? _otherKey : _key, SecurityAlgorithms.RsaSha256),
        };
        return _handler.CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref MetadataRequests);
        var path = context.Request.Path.Value ?? "";
        var segments = path.Trim('/').Split('/');
        context.Response.ContentType = "application/json";
        if (path.EndsWith("/discovery/keys", StringComparison.Ordinal) || path.EndsWith("/discovery/v2.0/keys", StringComparison.Ordinal))
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
            await context.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                keys = new[] { new { kty = "RSA", use = "sig", kid = KeyId, n = jwk.N, e = jwk.E } },
            }));
            return;
        }

        if (path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal) && segments.Length >= 3)
        {
            var tenant = segments[0];
            var v2 = segments[1] == "v2.0";
            var issuer = v2 ? Issuer(tenant == "common" || tenant == "organizations" ? "{tenantid}" : tenant) : $"{Instance}{tenant}/";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["authorization_endpoint"] = $"{Instance}{tenant}/oauth2/{(v2 ? "v2.0/" : "")}authorize",
                ["token_endpoint"] = $"{Instance}{tenant}/oauth2/{(v2 ? "v2.0/" : "")}token",
                ["jwks_uri"] = $"{Instance}{tenant}/discovery/{(v2 ? "v2.0/" : "")}keys",
                ["response_types_supported"] = new[] { "code", "id_token", "token" },
                ["subject_types_supported"] = new[] { "pairwise" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            }));
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await context.Response.WriteAsync("{\"error\":\"not_found\"}");
    }
}
