using System.Text.RegularExpressions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Serves the pages the front-end build writes into <c>wwwroot/</c> (<c>index.html</c> for <c>/</c>, <c>taskpane.html</c>,
/// assets). Pages are revalidated on every load (<c>no-cache</c>, with ETag), so a new build reaches the task pane at
/// once; a file whose name carries a version token (<c>taskpane.3f9c2a1b.js</c>, <c>app-5XQJ2K3L.css</c>: 8 or more
/// letters and digits after a dot or dash, with a digit or all in capitals) never changes under that name and is
/// cached for a year.
/// </summary>
public static partial class PageFiles
{
    /// <summary>Cache-Control of versioned assets.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Cache-Control of pages and unversioned files (icons the manifest names).</summary>
    public const string Revalidate = "no-cache";

    /// <summary>
    /// Finds the pages wherever the host runs from: the configured web root (<c>--webroot</c>) or <c>wwwroot</c> in the
    /// folder it is started in; <c>wwwroot</c> beside the program (published); else the project's own <c>wwwroot</c>
    /// through the build's static web assets manifest (<c>dotnet run --project addin</c> from the repository root).
    /// </summary>
    public static WebApplicationBuilder AddPageFiles(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Environment.WebRootPath) && !Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")))
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }

    /// <summary><c>/</c> → <c>index.html</c>, then the files, with the cache policy above.</summary>
    public static IApplicationBuilder UsePageFiles(this IApplicationBuilder app, IWebHostEnvironment environment)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        IFileProvider files = string.IsNullOrEmpty(environment.WebRootPath) && Directory.Exists(beside)
            ? new PhysicalFileProvider(beside)
            : environment.WebRootFileProvider;
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = CacheControl(context.File.Name),
        });
    }

    /// <summary>The Cache-Control of a file by its name.</summary>
    public static string CacheControl(string fileName) =>
        !fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && VersionToken().Matches(fileName).Any(m => IsToken(m.Groups["token"].Value))
            ? Immutable
            : Revalidate;

    private static bool IsToken(string candidate) => candidate.Any(char.IsAsciiDigit) || candidate.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    [GeneratedRegex(@"[.\-](?<token>[A-Za-z0-9]{8,})(?=\.)")]
    private static partial Regex VersionToken();
}
