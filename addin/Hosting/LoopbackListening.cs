using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Where the host listens. Without configuration: <c>http://localhost:5080</c> and <c>https://localhost:5443</c> (both
/// loopback, IPv4 and IPv6; https with the ASP.NET development certificate, which Office needs). The standard
/// <c>--urls</c>, <c>ASPNETCORE_URLS</c> and <c>Kestrel:Endpoints</c> work as usual, but every address must be this
/// machine's unless the Microsoft 365 mode (sign-in, <c>DoiThoai:Auth</c>) is configured: anyone on the network could otherwise read students' submissions. Without a
/// certificate the https addresses are dropped with a Vietnamese hint.
/// </summary>
public static class LoopbackListening
{
    public const string DefaultHttp = "http://localhost:5080";
    public const string DefaultHttps = "https://localhost:5443";

    /// <summary>The section whose app registration (client and tenant IDs) turns sign-in on (<see cref="Microsoft365.AuthSettings"/>).</summary>
    public const string AuthSection = Microsoft365.AuthSettings.Section;

    /// <summary>Whether requests are authenticated (Microsoft 365 mode), so that other machines may be let in.</summary>
    public static bool SignInEnabled(IConfiguration configuration) => AuthHosting.IsMicrosoft365(configuration);

    /// <summary>Checks and sets the addresses.</summary>
    /// <exception cref="DoiThoaiException"><see cref="HostErrorCodes.NotLoopback"/> for an address other machines can reach; no address left.</exception>
    public static WebApplicationBuilder AddLoopbackListening(this WebApplicationBuilder builder, StartupNotes notes)
    {
        var configuration = builder.Configuration;
        if (SignInEnabled(configuration))
        {
            notes.Inform(HostTexts.SignInEnabled);
        }

        var configured = configuration["urls"];
        var ports = new[] { ("http", configuration["http_ports"]), ("https", configuration["https_ports"]) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .SelectMany(p => p.Item2!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(port => $"{p.Item1}://*:{port}"))
            .ToList();
        var urls = configured is null
            ? ports.Count > 0 ? ports : [DefaultHttp, DefaultHttps]
            : configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>().ToList();

        if (!SignInEnabled(configuration) && urls.Concat(endpoints).FirstOrDefault(u => !IsLoopback(u)) is { } open)
        {
            throw new DoiThoaiException(HostErrorCodes.NotLoopback, HostTexts.NotLoopback(open));
        }

        if (endpoints.Count > 0)
        {
            // Kestrel's own endpoint configuration wins over urls; it names its certificates itself.
            return builder;
        }

        if (urls.Any(IsHttps) && !CertificateAvailable(configuration))
        {
            notes.Warn(HostTexts.NoDevelopmentCertificate);
            urls = urls.Where(u => !IsHttps(u)).ToList();
            if (urls.Count == 0)
            {
                throw new DoiThoaiException(ErrorCodes.BadInput, HostTexts.NoAddressLeft);
            }
        }

        builder.WebHost.UseUrls([.. urls]);
        return builder;
    }

    /// <summary>Whether <paramref name="url"/> can be reached from this machine only (loopback, a Unix socket, a named pipe).</summary>
    public static bool IsLoopback(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return false;
        }

        if (address.IsUnixPipe || address.IsNamedPipe)
        {
            return true;
        }

        var host = address.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    private static bool IsHttps(string url) => url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

    /// <summary>A certificate named in configuration, or a valid ASP.NET development certificate in the user's store.</summary>
    private static bool CertificateAvailable(IConfiguration configuration)
    {
        if (configuration.GetSection("Kestrel:Certificates:Default").Exists())
        {
            return true;
        }

        try
        {
            using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            var now = DateTime.Now;
            var found = false;
            foreach (var certificate in store.Certificates)
            {
                // The OID marks the certificate 'dotnet dev-certs https' makes; Kestrel looks for the same one.
                found |= certificate.HasPrivateKey && certificate.NotBefore <= now && now <= certificate.NotAfter
                    && certificate.Extensions.Any(e => e.Oid?.Value == "1.3.6.1.4.1.311.84.1.1");
                certificate.Dispose();
            }

            return found;
        }
        catch (CryptographicException)
        {
            // No store yet (a fresh account on Linux): no certificate.
            return false;
        }
    }
}
