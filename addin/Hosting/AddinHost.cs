using DoiThoai.Addin.Health;

namespace DoiThoai.Addin.Hosting;

/// <summary>Builds the add-in host: the pages and the HTTP API over the library. Tests start it on a loopback port.</summary>
public static class AddinHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // The embedded default listens on this machine only; a school opens it up in configuration.
        if (builder.Configuration["urls"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        var app = builder.Build();
        app.MapHealth();
        return app;
    }
}
