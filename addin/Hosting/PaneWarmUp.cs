using System.Net;
using DoiThoai.Reports;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Does once, in the background as soon as the host listens, what the first pane load would otherwise pay for: the
/// version of every page file (<see cref="AssetVersions"/>); in local mode the workbook, read so the sessions overview
/// is cached; then the requests the task pane makes when it opens (its page, script and stylesheet, <c>/api/config</c>,
/// and in local mode <c>/api/sessions</c>), sent to itself over loopback http, so that Kestrel, the pipeline, the
/// endpoints and their JSON are compiled before anyone waits for them. A workbook in Microsoft 365 is read on
/// someone's behalf, when someone asks. <c>DoiThoai:WarmUp</c> false turns it all off (tests that count reads or
/// requests). Listening never waits for any of it, and its answers are not looked at.
/// </summary>
public static partial class PaneWarmUp
{
    /// <summary>What the task pane asks for when it opens, after its page (the assets get their current version).</summary>
    private static readonly string[] PaneAssets = ["/taskpane.js", "/taskpane.css"];

    public static WebApplication WarmUpPane(this WebApplication app)
    {
        if (!app.Configuration.GetValue("DoiThoai:WarmUp", true))
        {
            return app;
        }

        var local = app.Services.GetRequiredService<WorkspaceFiles>().Mode == WorkspaceFiles.LocalMode;
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => WarmUpAsync(app.Services, local, app.Lifetime.ApplicationStopping)));
        return app;
    }

    private static async Task WarmUpAsync(IServiceProvider services, bool local, CancellationToken stopping)
    {
        try
        {
            var versions = services.GetRequiredService<AssetVersions>();
            versions.HashAll();
            if (local)
            {
                await services.GetRequiredService<SchoolWorkspace>().OverviewAsync(stopping);
            }

            await RequestPaneAsync(services, versions, local, stopping);
        }
        catch (DoiThoaiException ex)
        {
            // The first request reports the same problem to whoever asks; here it is only said once, for the log.
            WarmUpFailed(services.GetRequiredService<ILoggerFactory>().CreateLogger("DoiThoai.Addin"), ex.Code, ex.Message);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or HttpRequestException or IOException or UnauthorizedAccessException)
        {
            // Stopped before the warm-up finished, or the data folder or the pages went away with it: nobody waits for it.
        }
    }

    private static async Task RequestPaneAsync(IServiceProvider services, AssetVersions versions, bool local, CancellationToken stopping)
    {
        // Plain http only: the host's certificate is for Office to check, not for a warm-up to accept blindly.
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => Uri.TryCreate(a.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(uri => uri?.Scheme == Uri.UriSchemeHttp);
        if (address is null)
        {
            return;
        }

        var loopback = IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip) ? address.Host : "127.0.0.1";
        using var client = new HttpClient { BaseAddress = new Uri($"http://{loopback}:{address.Port}/"), Timeout = TimeSpan.FromSeconds(30) };
        List<string> paths = ["taskpane.html", .. PaneAssets.Select(a => $"{a[1..]}?{PageFiles.VersionParameter}={versions.VersionOf(a)}"), "api/config"];
        if (local)
        {
            paths.Add("api/sessions");
        }

        foreach (var path in paths)
        {
            // As the pane asks: by the name the host check lets in.
            using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Host = "localhost" } };
            using var response = await client.SendAsync(request, stopping);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Code}: {Message}")]
    private static partial void WarmUpFailed(ILogger logger, string code, string message);
}
