using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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
/// Started with <c>https: true</c> (MSAL refuses any other authority) it serves a self-signed certificate made here and
/// the token endpoint (<c>/{tenant}/oauth2/v2.0/token</c>) answering the on-behalf-of grant as Entra ID documents it;
/// <see cref="TrustIn"/> makes a host trust that one certificate (<see cref="TestAuthorityTrust"/>).
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
    private readonly ConcurrentQueue<TokenRequest> _tokenRequests = new();
    private readonly ConcurrentQueue<string> _minted = new();
    private readonly ConcurrentQueue<OboRefusal> _refusals = new();
    private readonly ConcurrentQueue<string> _refusedOffMachine = new();

    /// <summary>The client secret the host must present (<see cref="OnBehalfOfArgs"/>).</summary>
    public const string ClientSecret = "doithoai-test-secret";

    /// <summary>The on-behalf-of claims challenge for MFA (AADSTS50076), as Entra ID sends it.</summary>
    public const string MfaClaims = "{\"access_token\":{\"capolids\":{\"essential\":true,\"values\":[\"c1a2b3\"]}}}";

    /// <summary>What the token endpoint was sent, one entry a request.</summary>
    public sealed record TokenRequest(IReadOnlyDictionary<string, string> Form)
    {
        public string? this[string key] => Form.TryGetValue(key, out var v) ? v : null;
    }

    /// <summary>A refusal the token endpoint gives to the next on-behalf-of grants.</summary>
    public sealed record OboRefusal(string Error, string Description, int Code, string? Suberror, string? Claims)
    {
        /// <summary>Multi-factor authentication required (a conditional access policy): <c>invalid_grant</c> with claims.</summary>
        public static OboRefusal Mfa => new("invalid_grant", "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.", 50076, "basic_action", MfaClaims);

        /// <summary>The user or an administrator has not consented: <c>invalid_grant</c>, <c>consent_required</c>.</summary>
        public static OboRefusal Consent => new("invalid_grant", "AADSTS65001: The user or administrator has not consented to use the application.", 65001, "consent_required", null);
    }

    /// <summary>The certificate served over https (null over http).</summary>
    public X509Certificate2? Certificate { get; private set; }

    /// <summary>Every request to the token endpoint, in order.</summary>
    public IReadOnlyList<TokenRequest> TokenRequests => [.. _tokenRequests];

    /// <summary>The access tokens minted by the token endpoint, in order.</summary>
    public IReadOnlyList<string> Minted => [.. _minted];

    /// <summary>Refuses the next on-behalf-of grant with <paramref name="refusal"/>.</summary>
    public void RefuseNext(OboRefusal refusal) => _refusals.Enqueue(refusal);

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

    /// <summary>The host's arguments for on-behalf-of calls (the client secret) besides <see cref="HostArgs"/>.</summary>
    public IEnumerable<string> OnBehalfOfArgs() => [$"--DoiThoai:Auth:ClientSecret={ClientSecret}"];

    /// <summary>Makes the host being built trust this authority's certificate, and nothing else changes (a test's configure callback).</summary>
    public void TrustIn(WebApplicationBuilder builder) => TestAuthorityTrust.Register(builder, Certificate ?? throw new InvalidOperationException("started without https"), _refusedOffMachine);

    /// <summary>Requests of the hosts trusting this authority that were refused because they were not towards this machine (host and path).</summary>
    public IReadOnlyList<string> RefusedOffMachine => [.. _refusedOffMachine];

    public string Issuer(string tenant) => $"{Instance}{tenant}/v2.0";

    public static async Task<TestAuthority> StartAsync(bool https = false)
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = KeyId };
        var other = new RsaSecurityKey(RSA.Create(2048)) { KeyId = KeyId };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var certificate = https ? SelfSigned() : null;
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var authority = new TestAuthority(app, key, other) { Certificate = certificate };
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

    /// <summary>A self-signed certificate for 127.0.0.1 and localhost, valid for a day (loaded from PKCS#12 so Kestrel can use its key).</summary>
    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=DoiThoai test authority", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), password: null);
    }

    /// <summary>
    /// The token endpoint: the on-behalf-of grant with the client secret and an assertion this authority signed (for this
    /// application) gives a Graph token in the documented JSON; anything else is Entra ID's error JSON.
    /// </summary>
    private async Task TokenAsync(HttpContext context, string tenant)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        _tokenRequests.Enqueue(new TokenRequest(form));
        string? Get(string k) => form.TryGetValue(k, out var v) ? v : null;

        async Task RefuseAsync(int status, string error, string description, int code, string? suberror = null, string? claims = null)
        {
            context.Response.StatusCode = status;
            var body = new Dictionary<string, object>
            {
                ["error"] = error,
                ["error_description"] = description,
                ["error_codes"] = new[] { code },
                ["timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ssZ"),
                ["trace_id"] = Guid.NewGuid().ToString(),
                ["correlation_id"] = Get("client-request-id") ?? Guid.NewGuid().ToString(),
            };
            if (suberror is not null)
            {
                body["suberror"] = suberror;
            }

            if (claims is not null)
            {
                body["claims"] = claims;
            }

            await context.Response.WriteAsync(JsonSerializer.Serialize(body));
        }

        if (Get("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer" || Get("requested_token_use") != "on_behalf_of")
        {
            await RefuseAsync(400, "unsupported_grant_type", "AADSTS70003: The app requested an unsupported grant type.", 70003);
            return;
        }

        if (Get("client_id") != ClientId || Get("client_secret") != ClientSecret)
        {
            await RefuseAsync(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.", 7000215);
            return;
        }

        var assertion = await _handler.ValidateTokenAsync(Get("assertion"), new TokenValidationParameters
        {
            IssuerSigningKey = _key,
            ValidIssuer = Issuer(tenant),
            ValidAudiences = [ClientId, $"api://{ClientId}"],
        });
        if (!assertion.IsValid)
        {
            await RefuseAsync(400, "invalid_grant", "AADSTS50013: Assertion failed signature validation.", 50013);
            return;
        }

        if (_refusals.TryDequeue(out var refusal))
        {
            await RefuseAsync(400, refusal.Error, refusal.Description, refusal.Code, refusal.Suberror, refusal.Claims);
            return;
        }

        var scope = Get("scope") ?? "";
        var resource = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => !IsOpenIdScope(s)) ?? "https://graph.microsoft.com/.default";
        var now = DateTime.UtcNow;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"{Instance}{tenant}/",
            Audience = resource.EndsWith("/.default", StringComparison.Ordinal) ? resource[..^"/.default".Length] : resource,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object>
            {
                ["tid"] = tenant,
                ["oid"] = assertion.Claims.TryGetValue("oid", out var oid) ? oid : "",
                ["appid"] = ClientId,
                ["scp"] = "Mail.ReadWrite Calendars.ReadWrite Files.ReadWrite.All",
                ["uti"] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
        _minted.Enqueue(token);
        await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            // The scopes granted, as asked (for /.default Entra ID lists the consented permissions; MSAL keys its cache on these).
            ["scope"] = string.Join(' ', scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(s => !IsOpenIdScope(s))),
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = token,
        }));
    }

    private static bool IsOpenIdScope(string scope) => scope is "openid" or "profile" or "offline_access";

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var segments = path.Trim('/').Split('/');
        context.Response.ContentType = "application/json";
        if (HttpMethods.IsPost(context.Request.Method) && segments is [var tokenTenant, "oauth2", "v2.0", "token"])
        {
            await TokenAsync(context, tokenTenant);
            return;
        }

        Interlocked.Increment(ref MetadataRequests);
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
