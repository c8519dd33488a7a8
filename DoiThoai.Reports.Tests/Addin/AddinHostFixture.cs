using System.Net.Http.Headers;
using System.Text.Json;
using DoiThoai.Addin.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>
/// The real add-in host (Kestrel, the whole pipeline) on <c>http://127.0.0.1:&lt;free port&gt;</c> with a data folder of
/// its own: a fresh temporary one by default (deleted on dispose), or the one given. Start it, use
/// <see cref="BaseAddress"/> (for a browser, e.g. Playwright) or <see cref="Client"/>, dispose it. Every setting is
/// the embedded default unless <c>args</c> (e.g. <c>--DoiThoai:Workbook=…</c>, <c>--webroot=…</c>) or
/// <c>configure</c> (replace the clock or the workbook store) say otherwise.
/// </summary>
public sealed class AddinHostFixture : IAsyncDisposable
{
    private readonly bool _ownsData;

    private AddinHostFixture(WebApplication app, Uri baseAddress, string dataDirectory, bool ownsData)
    {
        App = app;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        _ownsData = ownsData;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The repository's root (where <c>DoiThoai.sln</c> and <c>manifest.word.xml</c> are), found above the test's folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "DoiThoai.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("The repository root (DoiThoai.sln) is not above the test folder.");
        }
    }

    /// <summary>
    /// The pages the front-end build wrote (<c>addin/wwwroot</c>): pass <c>--webroot=</c> this to serve them, e.g.
    /// <c>StartAsync(args: [$"--webroot={AddinHostFixture.ProjectWebRoot}"])</c> for browser tests. Without it the
    /// test host serves the API only.
    /// </summary>
    public static string ProjectWebRoot => Path.Combine(RepositoryRoot, "addin", "wwwroot");

    /// <summary>The host's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The data folder: the sample workbook <see cref="WorkbookPath"/> and the kept documents (<c>van-ban/</c>).</summary>
    public string DataDirectory { get; }

    /// <summary>The sample workbook the host made (unless <c>--DoiThoai:Workbook</c> named another).</summary>
    public string WorkbookPath => Path.Combine(DataDirectory, WorkspaceFiles.SampleWorkbookName);

    public WebApplication App { get; }

    /// <summary>A client for <see cref="BaseAddress"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>A service of the running host (the workspace, the store, …).</summary>
    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Starts the host.</summary>
    /// <param name="dataDirectory">The data folder; null: a new temporary one, deleted on dispose.</param>
    /// <param name="args">More command-line arguments.</param>
    /// <param name="configure">Replaces services after the host's own registrations.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<AddinHostFixture> StartAsync(
        string? dataDirectory = null, IEnumerable<string>? args = null, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        var owns = dataDirectory is null;
        var data = dataDirectory ?? Path.Combine(Path.GetTempPath(), "doithoai-host-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var app = AddinHost.Build(
            [
                "--urls", "http://127.0.0.1:0",
                $"--DoiThoai:DataDirectory={data}",
                "--Logging:LogLevel:Default=Warning",
                "--Logging:LogLevel:DoiThoai=Warning",
                .. args ?? [],
            ],
            configure);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new AddinHostFixture(app, new Uri(address.TrimEnd('/') + "/"), data, owns);
    }

    /// <summary>GET <paramref name="path"/> as JSON.</summary>
    public async Task<JsonElement> GetJsonAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await Client.GetAsync(path, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.IsTrue(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>GET <paramref name="path"/> as bytes (a Word file).</summary>
    public async Task<byte[]> GetBytesAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await Client.GetAsync(path, cancellationToken);
        Assert.IsTrue(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    /// <summary>POSTs filled minutes as a Word file.</summary>
    public Task<HttpResponseMessage> PostMinutesAsync(string sessionId, byte[] docx, CancellationToken cancellationToken = default)
    {
        var content = new ByteArrayContent(docx);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return Client.PostAsync($"api/sessions/{sessionId}/minutes", content, cancellationToken);
    }

    /// <summary>POSTs the pane's JSON form of the minutes.</summary>
    public Task<HttpResponseMessage> PostMinutesJsonAsync(string sessionId, object form, CancellationToken cancellationToken = default) =>
        Client.PostAsync($"api/sessions/{sessionId}/minutes", new StringContent(JsonSerializer.Serialize(form, JsonSerializerOptions.Web), System.Text.Encoding.UTF8, "application/json"), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownsData)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; a failing dispose would hide the real test result.
            }
        }
    }
}
