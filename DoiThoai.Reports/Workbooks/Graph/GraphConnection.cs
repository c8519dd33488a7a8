using System.Net;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using DoiThoai.Reports.Submissions.Sheets;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// Builds the Microsoft Graph client from <see cref="GraphConnectionOptions"/>: device code for the command line,
/// client secret or certificate for automation, on-behalf-of for the add-in host, no credential for a loopback
/// Graph. The SDK's default middleware (retry on 429/503/504 honouring Retry-After) is kept in every case.
/// Raises <see cref="WorkbookAccessException"/> with a Vietnamese message for unusable options.
/// </summary>
public static class GraphConnection
{
    /// <summary>A client for <paramref name="options"/>.</summary>
    /// <param name="options">Endpoint and sign-in.</param>
    /// <param name="deviceCodePrompt">Shows the device-code message to the person (the CLI prints it); null: standard error.</param>
    /// <param name="environment">Reads environment variables (tests pass their own).</param>
    public static GraphServiceClient CreateClient(
        GraphConnectionOptions options,
        Func<string, CancellationToken, Task>? deviceCodePrompt = null,
        Func<string, string?>? environment = null)
    {
        var baseUrl = ValidateBaseUrl(options.BaseUrl);
        if (options.AuthMode == GraphAuthMode.None)
        {
            if (!IsLoopback(baseUrl))
            {
                throw new WorkbookAccessException(GraphMessages.CredentialRequired(baseUrl), code: ErrorCodes.GraphConfiguration);
            }

            // Anonymous only towards this machine; the default handlers (retry, redirect) stay in the pipeline.
            return new GraphServiceClient(new AnonymousAuthenticationProvider(), options.BaseUrl.TrimEnd('/'));
        }

        environment ??= Environment.GetEnvironmentVariable;
        TokenCredential credential = options.AuthMode switch
        {
            GraphAuthMode.DeviceCode => DeviceCode(options, deviceCodePrompt),
            GraphAuthMode.ClientSecret => ClientSecret(options, environment),
            GraphAuthMode.Certificate => Certificate(options, environment),
            GraphAuthMode.OnBehalfOf => throw new WorkbookAccessException(GraphMessages.OnBehalfOfNeedsUserToken, code: ErrorCodes.GraphConfiguration),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
        return WithCredential(options, baseUrl, credential);
    }

    /// <summary>
    /// A client acting for the user signed in to the add-in: <paramref name="userAssertion"/> is the token the add-in
    /// sent to our host (already validated by the host); the app proves itself with the client secret from
    /// <see cref="GraphConnectionOptions.ClientSecretVariable"/> or the certificate in the options.
    /// </summary>
    public static GraphServiceClient CreateOnBehalfOf(GraphConnectionOptions options, string userAssertion, Func<string, string?>? environment = null)
    {
        var baseUrl = ValidateBaseUrl(options.BaseUrl);
        environment ??= Environment.GetEnvironmentVariable;
        var (tenant, clientId) = TenantAndClient(options);
        var identity = new OnBehalfOfCredentialOptions { AuthorityHost = options.AuthorityHost ?? AzureAuthorityHosts.AzurePublicCloud };
        TokenCredential credential = options.CertificatePath is { } path
            ? new OnBehalfOfCredential(tenant, clientId, LoadCertificate(path, environment), userAssertion, identity)
            : new OnBehalfOfCredential(tenant, clientId, Secret(environment), userAssertion, identity);
        return WithCredential(options, baseUrl, credential);
    }

    /// <summary>True when <paramref name="baseUrl"/> points at this machine (127.0.0.0/8, ::1, localhost).</summary>
    public static bool IsLoopback(Uri baseUrl) =>
        baseUrl.IsLoopback || (IPAddress.TryParse(baseUrl.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    /// <summary>Parses the base URL; plain http is accepted only towards this machine, because tokens and pupils' data would travel unencrypted.</summary>
    public static Uri ValidateBaseUrl(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new WorkbookAccessException(GraphMessages.BadBaseUrl(baseUrl), code: ErrorCodes.GraphConfiguration);
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            throw new WorkbookAccessException(GraphMessages.PlainHttpRefused(baseUrl), code: ErrorCodes.GraphConfiguration);
        }

        return uri;
    }

    /// <summary>A client that signs its requests with <paramref name="credential"/> (tests pass a fake one).</summary>
    internal static GraphServiceClient CreateClientWithCredential(GraphConnectionOptions options, TokenCredential credential) =>
        WithCredential(options, ValidateBaseUrl(options.BaseUrl), credential);

    private static GraphServiceClient WithCredential(GraphConnectionOptions options, Uri baseUrl, TokenCredential credential)
    {
        // ".default" asks for the permissions an administrator consented to in the app registration, in whichever cloud the base URL names.
        var scope = $"{baseUrl.Scheme}://{baseUrl.Authority}/.default";
        var provider = new AzureIdentityAuthenticationProvider(credential, allowedHosts: [baseUrl.Host], scopes: [scope]);
        return new GraphServiceClient(provider, options.BaseUrl.TrimEnd('/'));
    }

    private static DeviceCodeCredential DeviceCode(GraphConnectionOptions options, Func<string, CancellationToken, Task>? prompt)
    {
        var (tenant, clientId) = TenantAndClient(options);
        return new DeviceCodeCredential(new DeviceCodeCredentialOptions
        {
            TenantId = tenant,
            ClientId = clientId,
            AuthorityHost = options.AuthorityHost ?? AzureAuthorityHosts.AzurePublicCloud,
            DeviceCodeCallback = (code, ct) => prompt is null ? Console.Error.WriteLineAsync(code.Message) : prompt(code.Message, ct),
        });
    }

    private static ClientSecretCredential ClientSecret(GraphConnectionOptions options, Func<string, string?> environment)
    {
        var (tenant, clientId) = TenantAndClient(options);
        return new ClientSecretCredential(tenant, clientId, Secret(environment), new ClientSecretCredentialOptions
        {
            AuthorityHost = options.AuthorityHost ?? AzureAuthorityHosts.AzurePublicCloud,
        });
    }

    private static ClientCertificateCredential Certificate(GraphConnectionOptions options, Func<string, string?> environment)
    {
        var (tenant, clientId) = TenantAndClient(options);
        if (options.CertificatePath is not { } path)
        {
            throw new WorkbookAccessException(GraphMessages.CertificateMissing, code: ErrorCodes.GraphConfiguration);
        }

        return new ClientCertificateCredential(tenant, clientId, LoadCertificate(path, environment), new ClientCertificateCredentialOptions
        {
            AuthorityHost = options.AuthorityHost ?? AzureAuthorityHosts.AzurePublicCloud,
        });
    }

    private static X509Certificate2 LoadCertificate(string path, Func<string, string?> environment)
    {
        if (!File.Exists(path))
        {
            // The loader says only "cannot find the requested object", as it would for a file that is not a certificate.
            throw new WorkbookAccessException(GraphMessages.CertificateUnreadable(path, FileErrors.NotFound.TrimEnd('.')), code: ErrorCodes.GraphConfiguration);
        }

        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, environment(GraphConnectionOptions.CertificatePasswordVariable));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new WorkbookAccessException(GraphMessages.CertificateUnreadable(path, FileErrors.Describe(ex)?.TrimEnd('.') ?? GraphMessages.NotACertificate), ex, ErrorCodes.GraphConfiguration);
        }
    }

    private static string Secret(Func<string, string?> environment) =>
        environment(GraphConnectionOptions.ClientSecretVariable) is { Length: > 0 } secret
            ? secret
            : throw new WorkbookAccessException(GraphMessages.SecretMissing, code: ErrorCodes.GraphConfiguration);

    private static (string Tenant, string ClientId) TenantAndClient(GraphConnectionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientId))
        {
            throw new WorkbookAccessException(GraphMessages.TenantAndClientRequired, code: ErrorCodes.GraphConfiguration);
        }

        return (options.TenantId, options.ClientId);
    }
}
