using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Serves the pages the front-end build writes into <c>wwwroot/</c> (<c>index.html</c> for <c>/</c>, <c>taskpane.html</c>,
/// assets). Pages are revalidated on every load (<c>no-cache</c>, with ETag), so a new build reaches the task pane at
/// once. An asset asked for with the version the build wrote into the page (<c>taskpane.js?v=3f9c2a1b04de</c>, the
/// start of its content hash: <see cref="AssetVersions"/>) never changes under that URL and is cached for a year; the
/// same file without <c>v</c>, or with a <c>v</c> of an older build, is revalidated like a page.
/// </summary>
public static class PageFiles
{
    /// <summary>Cache-Control of an asset asked for by its current version.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Cache-Control of pages, and of files asked for without their current version (icons the manifest names).</summary>
    public const string Revalidate = "no-cache";

    /// <summary>The query parameter that carries the version.</summary>
    public const string VersionParameter = "v";

    /// <summary>
    /// Finds the pages wherever the host runs from: the configured web root (<c>--webroot</c>) or <c>wwwroot</c> in the
    /// folder it is started in; <c>wwwroot</c> beside the program (published); else the project's own <c>wwwroot</c>
    /// through the build's static web assets manifest (<c>dotnet run --project addin</c> from the repository root).
    /// </summary>
    public static WebApplicationBuilder AddPageFiles(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Environment.WebRootPath) && !Directory.Exists(Beside))
        {
            builder.WebHost.UseStaticWebAssets();
        }

        builder.Services.AddSingleton(services => new AssetVersions(Files(services.GetRequiredService<IWebHostEnvironment>())));
        return builder;
    }

    /// <summary><c>/</c> → <c>index.html</c>, then the files, with the cache policy above.</summary>
    public static IApplicationBuilder UsePageFiles(this IApplicationBuilder app)
    {
        var versions = app.ApplicationServices.GetRequiredService<AssetVersions>();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = versions.Files, DefaultFileNames = ["index.html"] });
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = versions.Files,
            OnPrepareResponse = context =>
            {
                var requested = context.Context.Request.Query[VersionParameter];
                var file = context.File;
                context.Context.Response.Headers[HeaderNames.CacheControl] = CacheControl(
                    file.Name, requested, () => versions.VersionOf(context.Context.Request.Path.Value ?? "", file));
            },
        });
    }

    /// <summary>
    /// The Cache-Control of a file asked for with <paramref name="requested"/> as its <c>v</c>: a year for an asset whose
    /// one <c>v</c> is its <paramref name="current"/> version (hashed only then), else revalidated. Pages (html) are
    /// always revalidated: they are what names the versions.
    /// </summary>
    public static string CacheControl(string fileName, StringValues requested, Func<string> current) =>
        !fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        && requested is [{ Length: AssetVersions.TokenLength } version]
        && string.Equals(version, current(), StringComparison.Ordinal)
            ? Immutable
            : Revalidate;

    private static string Beside => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    private static IFileProvider Files(IWebHostEnvironment environment) =>
        string.IsNullOrEmpty(environment.WebRootPath) && Directory.Exists(Beside)
            ? new PhysicalFileProvider(Beside)
            : environment.WebRootFileProvider;
}
