using DoiThoai.Addin.Apis;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// The add-in host's composition root, for <c>Program.cs</c> and for tests that start the real host on a loopback port:
/// where it listens, the workspace over the library, the error shape, then the pipeline (headers, errors, host check,
/// pages) and the APIs, one static class per area.
/// </summary>
public static class AddinHost
{
    /// <param name="args">The command line (<c>--urls</c>, <c>--webroot</c>, <c>--DoiThoai:DataDirectory=…</c>, …).</param>
    /// <param name="configure">Runs after the host's own registrations: tests replace services (the clock, the store) here.</param>
    /// <exception cref="Reports.DoiThoaiException">The host refuses to start (an address other machines reach, a faulty profile, …).</exception>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddLinkTokenLogging();
        var notes = new StartupNotes();
        builder.Services.AddSingleton(notes);
        builder.AddLoopbackListening(notes);
        AuthHosting.Validate(builder.Configuration);
        builder.AddPageFiles();
        builder.AddDoiThoaiWorkspace(notes);
        builder.AddDoiThoaiAuth();
        builder.AddDocumentLinks();
        builder.AddDoiThoaiProblems();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseDoiThoaiProblems();
        app.UseHostHeaderCheck(app.Configuration);
        app.UsePageFiles();
        app.UseDoiThoaiAuth();
        app.MapHealthApi();
        app.MapAccessApi();
        app.MapLinksApi();
        app.MapSessionsApi();
        app.MapRemindersApi();
        app.MapMonthsApi();
        app.MapOutlookCalendarApi();
        app.MapReportsApi();
        app.MapCalendarApi();
        app.MapWorkbookApi();
        app.LogStartup();
        app.WarmUpPane();
        return app;
    }
}
