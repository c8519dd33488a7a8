using DoiThoai.Addin.Apis;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// A signed link's token is its credential (<see cref="DocumentLinks"/>), so it never reaches the log. ASP.NET's hosting
/// category (<see cref="RequestLines"/>) writes the whole address in its request lines ("Request starting … GET
/// …/api/links/…") and puts the path in a scope (<c>RequestPath</c>) that every line of the request carries wherever
/// scopes are logged (JSON console, OpenTelemetry); it is off, set in code so a configuration cannot turn it back on (a
/// failed start still ends the process with its exception). A path the host logs itself has the token cut (<see cref="Loggable"/>).
/// </summary>
public static class LinkTokenLogging
{
    /// <summary>The category of ASP.NET's "Request starting" and "Request finished" lines and of the request scope, which hold the address.</summary>
    public const string RequestLines = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>What stands for a cut token.</summary>
    public const string Redacted = "…";

    public static WebApplicationBuilder AddLinkTokenLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter(RequestLines, LogLevel.None);
        return builder;
    }

    /// <summary><paramref name="path"/> as it may be logged: <c>/api/links/…</c> for any address under the links.</summary>
    public static string Loggable(PathString path) =>
        path.StartsWithSegments(LinksApi.OpenPath, StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue
            ? $"{LinksApi.OpenPath}/{Redacted}"
            : path.Value ?? string.Empty;
}
