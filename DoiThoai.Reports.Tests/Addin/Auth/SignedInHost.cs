using System.Net.Http.Headers;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Builder;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>
/// The real host in Microsoft 365 mode against a <see cref="TestAuthority"/> on loopback, with the staffed test profile
/// (<see cref="Staff"/>), its own data folder unless one is given. Dispose to stop both.
/// </summary>
internal sealed class SignedInHost : IAsyncDisposable
{
    private readonly bool _ownsAuthority;
    private readonly string _profileFolder;

    private SignedInHost(TestAuthority authority, bool ownsAuthority, AddinHostFixture host, string profileFolder)
    {
        Authority = authority;
        _ownsAuthority = ownsAuthority;
        Host = host;
        _profileFolder = profileFolder;
    }

    public TestAuthority Authority { get; }

    public AddinHostFixture Host { get; }

    public HttpClient Client => Host.Client;

    public static async Task<SignedInHost> StartAsync(
        TestAuthority? authority = null, string? dataDirectory = null, IEnumerable<string>? args = null, Action<WebApplicationBuilder>? configure = null)
    {
        var owns = authority is null;
        authority ??= await TestAuthority.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "doithoai-auth-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var profile = Path.Combine(folder, "truong.json");
        await File.WriteAllTextAsync(profile, Staff.ProfileJson());
        var host = await AddinHostFixture.StartAsync(dataDirectory, [.. authority.HostArgs(), $"--DoiThoai:School={profile}", .. args ?? []], configure);
        return new SignedInHost(authority, owns, host, folder);
    }

    /// <summary>A session of the year (the first one that had submissions in the sample workbook's sense: October's day session).</summary>
    public string SessionId(string cohortPart = "day") =>
        Host.Service<SchoolWorkspace>().Calendar.Sessions.First(s => s.Id.StartsWith("2022-10", StringComparison.Ordinal) && s.Id.Contains(cohortPart, StringComparison.OrdinalIgnoreCase)).Id;

    /// <summary>Sends <paramref name="method"/> <paramref name="path"/> with <paramref name="token"/> (none when null).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, Staff? who) => SendAsync(HttpMethod.Get, path, who is null ? null : Authority.Token(who.Email, who.Name));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_ownsAuthority)
        {
            await Authority.DisposeAsync();
        }

        try
        {
            Directory.Delete(_profileFolder, recursive: true);
        }
        catch (IOException)
        {
            // Harmless leftover.
        }
    }
}
