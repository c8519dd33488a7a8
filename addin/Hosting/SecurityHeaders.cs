using DoiThoai.Addin.Microsoft365;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// The headers every response carries, pages, API answers and errors alike. The content security policy lets
/// scripts come only from this host and from Microsoft's office.js CDN (no inline script), and lets only Office's own
/// hosts frame the pages (Word, Excel and PowerPoint on the web, Outlook on the web, Teams and the Microsoft 365 app);
/// Office on Windows and Mac shows the pane top-level in a web view, which frame-ancestors does not concern. Scripts
/// connect to this host only, except in the pages in Microsoft 365 mode, where MSAL also reaches the configured sign-in
/// service (<see cref="PagePolicy"/>). API answers are never stored by a cache: they hold students' submissions.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Office on the web, OneDrive and SharePoint, Outlook on the web, Teams and the Microsoft 365 app, which frame add-in panes.</summary>
    public static readonly IReadOnlyList<string> OfficeFrameAncestors =
    [
        "https://*.officeapps.live.com",
        "https://*.sharepoint.com",
        "https://onedrive.live.com",
        "https://*.office.com",
        "https://*.office365.com",
        "https://*.microsoft365.com",
        "https://*.cloud.microsoft",
        "https://outlook.live.com",
        "https://teams.microsoft.com",
        "https://*.teams.microsoft.com",
    ];

    /// <summary>Where scripts may come from besides this host: office.js, which Office requires from Microsoft's CDN.</summary>
    public const string OfficeScripts = "https://appsforoffice.microsoft.com";

    /// <summary>The policy, one line: API answers, assets and errors always, and the pages when nobody signs in.</summary>
    public static readonly string ContentSecurityPolicy = Policy("'self'");

    /// <summary>
    /// The policy of the pages (HTML): in Microsoft 365 mode MSAL in them discovers the authority and, in the sign-in
    /// dialog's redirect flow, posts for the token, so the sign-in service's origin joins <c>connect-src</c>, that
    /// origin only; otherwise <see cref="ContentSecurityPolicy"/>.
    /// </summary>
    public static string PagePolicy(AuthSettings settings) =>
        SignInOrigin(settings) is { } origin ? Policy($"'self' {origin}") : ContentSecurityPolicy;

    /// <summary>
    /// The origin of <c>DoiThoai:Auth:Instance</c> (<c>https://login.microsoftonline.com</c>) when the host signs in and
    /// it is https with a named host (never a pattern); null otherwise (MSAL refuses any other authority anyway).
    /// </summary>
    public static string? SignInOrigin(AuthSettings settings) =>
        settings.IsConfigured
        && Uri.TryCreate(settings.Instance, UriKind.Absolute, out var instance)
        && instance.Scheme == Uri.UriSchemeHttps
        && instance.HostNameType is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6
            ? instance.GetLeftPart(UriPartial.Authority)
            : null;

    private static string Policy(string connect) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' {OfficeScripts}",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        $"connect-src {connect}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        $"frame-ancestors 'self' {string.Join(' ', OfficeFrameAncestors)}");

    /// <summary>Adds the headers before anything else runs, so an error page or a 404 carries them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var pages = PagePolicy(app.ApplicationServices.GetRequiredService<AuthSettings>());
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() => Add(context, pages));
            return next(context);
        });
    }

    private static Task Add(HttpContext context, string pagePolicy)
    {
        var headers = context.Response.Headers;
        // By what the answer is, not its address: "/" is index.html too.
        headers.ContentSecurityPolicy = IsPage(context.Response) ? pagePolicy : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (IsApi(context.Request.Path))
        {
            headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }

    private static bool IsPage(HttpResponse response) =>
        response.ContentType is { } type && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/health");
}
