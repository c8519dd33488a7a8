using DoiThoai.Reports;
using DoiThoai.Reports.Workspace;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Reads the local workbook once, in the background, as soon as the host listens, so the first pane that opens finds
/// the sessions overview cached (and the code paths compiled) instead of paying for the first read itself. Only in
/// local mode (a workbook in Microsoft 365 is read on someone's behalf, when someone asks), unless
/// <c>DoiThoai:WarmUp</c> is false (tests that count reads).
/// </summary>
public static partial class WorkbookWarmUp
{
    public static WebApplication WarmUpWorkbook(this WebApplication app)
    {
        if (app.Services.GetRequiredService<WorkspaceFiles>().Mode != WorkspaceFiles.LocalMode || !app.Configuration.GetValue("DoiThoai:WarmUp", true))
        {
            return app;
        }

        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try
            {
                await app.Services.GetRequiredService<SchoolWorkspace>().OverviewAsync(app.Lifetime.ApplicationStopping);
            }
            catch (DoiThoaiException ex)
            {
                // The first request reports the same problem to whoever asks; here it is only said once, for the log.
                WarmUpFailed(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DoiThoai.Addin"), ex.Code, ex.Message);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or UnauthorizedAccessException)
            {
                // Stopped before the read finished, or the data folder went away with it: nobody waits for this read.
            }
        }));
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Code}: {Message}")]
    private static partial void WarmUpFailed(ILogger logger, string code, string message);
}
