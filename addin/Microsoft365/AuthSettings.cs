namespace DoiThoai.Addin.Microsoft365;

/// <summary>
/// Section <c>DoiThoai:Auth</c>: sign-in with Microsoft 365 (Entra ID). Its presence, with <see cref="ClientId"/> and
/// <see cref="TenantId"/>, switches the host to the Microsoft 365 mode: every API route needs a valid token, and the
/// host may listen where other machines reach it. The same section is handed to Microsoft.Identity.Web, so its own keys
/// (<c>Instance</c>, <c>TenantId</c>, <c>ClientId</c>, <c>Audience</c>, <c>ClientSecret</c>, <c>ClientCertificates</c>)
/// mean what they mean there. Secrets come from the environment (<c>DoiThoai__Auth__ClientSecret</c>), never from a file
/// in the repository.
/// </summary>
public sealed class AuthSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "DoiThoai:Auth";

    /// <summary>The scope the pages ask for and the host requires.</summary>
    public const string Scope = "access_as_user";

    /// <summary>The global sign-in service.</summary>
    public const string DefaultInstance = "https://login.microsoftonline.com/";

    /// <summary>The sign-in service; a national cloud's, or a test authority on this machine (<c>http://127.0.0.1:PORT/</c>).</summary>
    public string Instance { get; set; } = DefaultInstance;

    /// <summary>The school's tenant (directory) ID.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's Application (client) ID.</summary>
    public string? ClientId { get; set; }

    /// <summary>The Application ID URI (<c>api://&lt;host&gt;/&lt;client-id&gt;</c>); null: <c>api://&lt;client-id&gt;</c>.</summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>Another audience the host accepts besides the client ID and the Application ID URI.</summary>
    public string? Audience { get; set; }

    /// <summary>Tenants whose tokens are accepted; empty: <see cref="TenantId"/> only.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>Graph's base URL for the on-behalf-of client (national clouds; a loopback Graph for tests).</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The scopes asked on the user's behalf; empty: <c>&lt;Graph host&gt;/.default</c> (the consented delegated permissions).</summary>
    public List<string> GraphScopes { get; set; } = [];

    /// <summary>True when the section names an app registration: the Microsoft 365 mode.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(TenantId);

    /// <summary>The Application ID URI in use.</summary>
    public string ApiUri => string.IsNullOrWhiteSpace(ApplicationIdUri) ? $"api://{ClientId}" : ApplicationIdUri.TrimEnd('/');

    /// <summary>The scope the pages ask for: <c>api://…/access_as_user</c>.</summary>
    public string ApiScope => $"{ApiUri}/{Scope}";

    /// <summary>The authority the pages sign in with (<c>https://login.microsoftonline.com/&lt;tenant&gt;</c>).</summary>
    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}";

    /// <summary>The tenants allowed.</summary>
    public IReadOnlySet<string> Tenants => new HashSet<string>(
        AllowedTenants.Count > 0 ? AllowedTenants : [TenantId ?? string.Empty], StringComparer.OrdinalIgnoreCase);

    /// <summary>The Graph scopes in use.</summary>
    public IReadOnlyList<string> GraphScopesInUse => GraphScopes.Count > 0
        ? GraphScopes
        : [$"{new Uri(GraphBaseUrl).GetLeftPart(UriPartial.Authority)}/.default"];

    /// <summary>The settings of <paramref name="configuration"/>.</summary>
    public static AuthSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<AuthSettings>() ?? new AuthSettings();
}
