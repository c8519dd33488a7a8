using DoiThoai.Addin.Microsoft365;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Identity.Web;
using StackExchange.Redis;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Sign-in and roles. Without <c>DoiThoai:Auth</c> (the embedded default) nobody signs in, the host stays on this machine
/// and every policy lets the one local user through. With it (Microsoft 365 mode): tokens validated by
/// Microsoft.Identity.Web (issuer, audience, signature, lifetime), then the tenant allow-list and the
/// <c>access_as_user</c> scope; a fallback policy closes every route that does not open itself (<c>/health</c>,
/// <c>/api/config</c>, signed links; the pages are served before authorization); the roles from the school profile
/// or app roles; Graph on the user's behalf with a token cache in memory, or in Redis when <c>DoiThoai:Redis</c> is set.
/// </summary>
public static class AuthHosting
{
    /// <summary>Shared store for several instances: the token cache and the Data Protection keys (a StackExchange.Redis connection string).</summary>
    public const string RedisSetting = "DoiThoai:Redis";

    /// <summary>True when <c>DoiThoai:Auth</c> names an app registration.</summary>
    public static bool IsMicrosoft365(IConfiguration configuration) => AuthSettings.From(configuration).IsConfigured;

    /// <exception cref="DoiThoaiException"><see cref="HostErrorCodes.AuthConfiguration"/>: an incomplete or unusable section.</exception>
    public static WebApplicationBuilder AddDoiThoaiAuth(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var settings = AuthSettings.From(configuration);
        var signIn = settings.IsConfigured;
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(settings);
        builder.Services.AddAuthorization(options =>
        {
            foreach (var (name, roles) in Policies.Roles)
            {
                options.AddPolicy(name, policy =>
                {
                    if (signIn)
                    {
                        policy.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser();
                    }

                    policy.AddRequirements(new StaffRoleRequirement(roles));
                });
            }

            if (signIn)
            {
                options.FallbackPolicy = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser().Build();
            }
        });

        if (!signIn)
        {
            return builder;
        }

        Check(settings);

        // Microsoft.Identity.Web reads the section itself and has no default instance (IDW10106 on every request): ours is the global one.
        if (string.IsNullOrWhiteSpace(configuration[$"{AuthSettings.Section}:{nameof(AuthSettings.Instance)}"]))
        {
            configuration[$"{AuthSettings.Section}:{nameof(AuthSettings.Instance)}"] = settings.Instance;
        }

        var redis = configuration[RedisSetting];
        var api = builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(configuration.GetSection(AuthSettings.Section), JwtBearerDefaults.AuthenticationScheme)
            .EnableTokenAcquisitionToCallDownstreamApi();
        if (string.IsNullOrWhiteSpace(redis))
        {
            api.AddInMemoryTokenCaches();
        }
        else
        {
            builder.Services.AddStackExchangeRedisCache(options => { options.Configuration = redis; options.InstanceName = "DoiThoai:"; });
            api.AddDistributedTokenCaches();
        }

        // After Microsoft.Identity.Web's own Configure (registered above), before JwtBearer's PostConfigure checks the metadata address.
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options => Tighten(options, settings));
        builder.Services.Replace(ServiceDescriptor.Singleton<ICurrentStaff, SignedInStaff>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IUserGraph, OnBehalfOfGraph>());
        builder.Services.TryAddSingleton<IUserTokenSource, TokenAcquisitionSource>();
        return builder;
    }

    /// <summary>Authentication then authorization, after the pages (which must load for anyone to sign in).</summary>
    public static WebApplication UseDoiThoaiAuth(this WebApplication app)
    {
        if (app.Services.GetRequiredService<AuthSettings>().IsConfigured)
        {
            app.UseAuthentication();
        }

        app.UseAuthorization();
        return app;
    }

    /// <summary>Keys persisted where every instance finds them, under one application name.</summary>
    public static WebApplicationBuilder AddDocumentLinks(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName(DocumentLinks.ApplicationName);
        if (configuration[RedisSetting] is { Length: > 0 } redis)
        {
            var connection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(redis));
            dataProtection.PersistKeysToStackExchangeRedis(() => connection.Value.GetDatabase(), DocumentLinks.RedisKey);
        }
        else
        {
            var root = builder.Environment.ContentRootPath;
            var folder = configuration[DocumentLinks.KeysDirectorySetting] is { Length: > 0 } shared
                ? Path.GetFullPath(shared, root)
                : Path.Combine(Path.GetFullPath(configuration[$"{HostSettings.Section}:{nameof(HostSettings.DataDirectory)}"] ?? new HostSettings().DataDirectory, root), DocumentLinks.KeysFolder);
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }

        builder.Services.AddSingleton<DocumentLinks>();
        return builder;
    }

    /// <summary>Whether <paramref name="instance"/> is a sign-in service on this machine (a test authority).</summary>
    public static bool IsLoopbackInstance(string instance) =>
        Uri.TryCreate(instance, UriKind.Absolute, out var uri) && Reports.Workbooks.Graph.GraphConnection.IsLoopback(uri);

    /// <summary>Refuses an incomplete or unusable <c>DoiThoai:Auth</c> before anything is made (no section: nothing to check).</summary>
    /// <exception cref="DoiThoaiException"><see cref="HostErrorCodes.AuthConfiguration"/>.</exception>
    public static void Validate(IConfiguration configuration)
    {
        var settings = AuthSettings.From(configuration);
        if (settings.IsConfigured)
        {
            Check(settings);
        }
    }

    private static void Check(AuthSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.ClientId) || string.IsNullOrWhiteSpace(settings.TenantId))
        {
            throw new DoiThoaiException(HostErrorCodes.AuthConfiguration, HostTexts.AuthIncomplete);
        }

        if (!Uri.TryCreate(settings.Instance, UriKind.Absolute, out var instance)
            || (instance.Scheme != Uri.UriSchemeHttps && !(instance.Scheme == Uri.UriSchemeHttp && IsLoopbackInstance(settings.Instance))))
        {
            throw new DoiThoaiException(HostErrorCodes.AuthConfiguration, HostTexts.AuthInstanceInvalid(settings.Instance));
        }

        _ = Reports.Workbooks.Graph.GraphConnection.ValidateBaseUrl(settings.GraphBaseUrl);
    }

    /// <summary>What Microsoft.Identity.Web leaves to the application: the audiences, the tenant allow-list, the scope.</summary>
    private static void Tighten(JwtBearerOptions options, AuthSettings settings)
    {
        // Plain http only towards a test authority on this machine (Check refused any other).
        options.RequireHttpsMetadata = !IsLoopbackInstance(settings.Instance);
        options.MapInboundClaims = false;
        var audiences = new[] { settings.ClientId, $"api://{settings.ClientId}", settings.ApiUri, settings.Audience }
            .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!).Distinct(StringComparer.Ordinal).ToList();
        options.TokenValidationParameters.ValidAudiences = audiences;
        options.TokenValidationParameters.AudienceValidator = (tokenAudiences, _, _) => tokenAudiences.Any(a => audiences.Contains(a, StringComparer.Ordinal));
        options.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
        if (IsLoopbackInstance(settings.Instance))
        {
            // A test authority on this machine: Microsoft.Identity.Web's Entra issuer validator reads Entra's metadata over https
            // only, so the issuer is checked against the v2 issuer of each allowed tenant instead (the allow-list still applies).
            options.TokenValidationParameters.IssuerValidator = null;
            options.TokenValidationParameters.ValidateIssuer = true;
            options.TokenValidationParameters.ValidIssuers = [.. settings.Tenants.Select(t => $"{settings.Instance.TrimEnd('/')}/{t}/v2.0")];
        }

        options.Events ??= new JwtBearerEvents();
        var validated = options.Events.OnTokenValidated;
        var tenants = settings.Tenants;
        options.Events.OnTokenValidated = async context =>
        {
            await validated(context);
            if (context.Result is { Failure: not null } || context.Principal is not { } user)
            {
                return;
            }

            if (StaffClaims.Tenant(user) is not { } tenant || !tenants.Contains(tenant))
            {
                context.Fail("tenant not allowed");
            }
            else if (!StaffClaims.Scopes(user).Contains(AuthSettings.Scope, StringComparer.Ordinal))
            {
                context.Fail("scope access_as_user missing");
            }
        };
    }
}
