namespace DoiThoai.Addin.Hosting;

/// <summary>
/// The headers every response carries, pages, API answers and errors alike. The content security policy lets
/// scripts come only from this host and from Microsoft's office.js CDN (no inline script), and lets only Office's own
/// hosts frame the pages (Word, Excel and PowerPoint on the web, Outlook on the web, Teams and the Microsoft 365 app);
/// Office on Windows and Mac shows the pane top-level in a web view, which frame-ancestors does not concern. API
/// answers are never stored by a cache: they hold students' submissions.
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

    /// <summary>The policy, one line.</summary>
    public static readonly string ContentSecurityPolicy = string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' {OfficeScripts}",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        $"frame-ancestors 'self' {string.Join(' ', OfficeFrameAncestors)}");

    /// <summary>Adds the headers before anything else runs, so an error page or a 404 carries them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (IsApi(context.Request.Path))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/health");
}
