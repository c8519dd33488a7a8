using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DoiThoai.Addin.Hosting;

/// <summary>Once the host listens: the set-up's notes, then the addresses and what to sideload into Word, in Vietnamese.</summary>
public static partial class StartupLog
{
    public static WebApplication LogStartup(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DoiThoai.Addin");
            foreach (var (level, text) in app.Services.GetRequiredService<StartupNotes>().All)
            {
                Note(logger, level, text);
            }

            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var files = app.Services.GetRequiredService<WorkspaceFiles>();
            Note(logger, LogLevel.Information, HostTexts.Started(addresses, files.Mode == WorkspaceFiles.LocalMode
                ? $"sổ trên máy: {app.Services.GetRequiredService<SchoolWorkspace>().Workbook?.Description}"
                : "sổ trên Microsoft 365"));
        });
        return app;
    }

    [LoggerMessage(Message = "{Text}")]
    private static partial void Note(ILogger logger, LogLevel level, string text);
}
