namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// Where Microsoft Graph is and how to sign in to it. Immutable; validated by <see cref="GraphConnection.CreateClient"/>.
/// </summary>
public sealed record GraphConnectionOptions
{
    /// <summary>The global Graph endpoint.</summary>
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>The environment variable that holds the client secret (never a command-line option: it would show in the process list and shell history).</summary>
    public const string ClientSecretVariable = "DOITHOAI_CLIENT_SECRET";

    /// <summary>The environment variable that holds the password of the certificate file, when it has one.</summary>
    public const string CertificatePasswordVariable = "DOITHOAI_CERTIFICATE_PASSWORD";

    /// <summary>Graph base URL including the version, e.g. <c>https://graph.microsoft.us/v1.0</c> for a national cloud. Plain http only for loopback.</summary>
    public string BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>Directory (tenant) ID or domain of the school.</summary>
    public string? TenantId { get; init; }

    /// <summary>Application (client) ID of the app registration.</summary>
    public string? ClientId { get; init; }

    public GraphAuthMode AuthMode { get; init; } = GraphAuthMode.DeviceCode;

    /// <summary>The .pfx file for <see cref="GraphAuthMode.Certificate"/>.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>Sign-in authority for national clouds, e.g. <c>https://login.microsoftonline.us/</c>; null: the global one.</summary>
    public Uri? AuthorityHost { get; init; }
}
