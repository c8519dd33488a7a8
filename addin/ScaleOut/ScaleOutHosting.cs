using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Addin.ScaleOut;

/// <summary>
/// Several host instances behind one name give the same answers only over one workbook written one at a time. The
/// turns a write takes: this host's own, and with <c>DoiThoai:Redis</c> and a workbook in Microsoft 365 a Redis lock
/// every instance shares (<see cref="RedisWorkbookTurns"/>). The scale-out settings (<c>DoiThoai:Redis</c>,
/// <c>DoiThoai:KeysDirectory</c>) over a local workbook earn a start-up warning: each instance would read its own.
/// </summary>
public static class ScaleOutHosting
{
    /// <param name="builder">The host being built.</param>
    /// <param name="microsoft365Workbook">The workbook is in Microsoft 365 (<c>DoiThoai:Graph</c>).</param>
    /// <param name="localWorkbook">Otherwise, the local file, named in the warning.</param>
    /// <param name="notes">Where the warning goes.</param>
    public static WebApplicationBuilder AddWorkbookTurns(this WebApplicationBuilder builder, bool microsoft365Workbook, string? localWorkbook, StartupNotes notes)
    {
        var configuration = builder.Configuration;
        var redis = configuration[AuthHosting.RedisSetting];
        var scaledOut = new[] { AuthHosting.RedisSetting, DocumentLinks.KeysDirectorySetting }.Where(s => !string.IsNullOrWhiteSpace(configuration[s])).ToList();
        if (!microsoft365Workbook && scaledOut.Count > 0)
        {
            notes.Warn(HostTexts.LocalWorkbookScaledOut(string.Join(", ", scaledOut), localWorkbook ?? ""));
        }

        // This host's own turns: in production the host is its process's only writer, and a test's second host in the
        // same process is then a second instance, as it would be on another machine.
        var inProcess = new InProcessWorkbookTurns();
        if (microsoft365Workbook && !string.IsNullOrWhiteSpace(redis))
        {
            builder.Services.AddSingleton<IWorkbookTurns>(services => new RedisWorkbookTurns(redis, inProcess, services.GetRequiredService<ILogger<RedisWorkbookTurns>>()));
        }
        else
        {
            builder.Services.AddSingleton<IWorkbookTurns>(inProcess);
        }

        return builder;
    }
}
