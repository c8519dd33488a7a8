using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace DoiThoai.Addin.Microsoft365;

/// <summary>
/// Microsoft 365 mode: a Graph client acting for the request's user (on-behalf-of, <see cref="IUserTokenSource"/>),
/// towards <see cref="AuthSettings.GraphBaseUrl"/>. The clients share one HTTP connection pool with the SDK's middleware
/// (retries honouring Retry-After); nothing of the user is kept between requests but the token cache's entry.
/// </summary>
public sealed class OnBehalfOfGraph : IUserGraph, IDisposable
{
    private readonly IUserTokenSource _tokens;
    private readonly IReadOnlyList<string> _scopes;
    private readonly string _baseUrl;
    private readonly string[] _hosts;
    private readonly HttpClient _http = GraphClientFactory.Create();

    public OnBehalfOfGraph(IUserTokenSource tokens, AuthSettings settings)
    {
        _tokens = tokens;
        _scopes = settings.GraphScopesInUse;
        var baseUrl = Reports.Workbooks.Graph.GraphConnection.ValidateBaseUrl(settings.GraphBaseUrl);
        _baseUrl = settings.GraphBaseUrl.TrimEnd('/');
        _hosts = [baseUrl.Host];
    }

    public bool IsAvailable => true;

    public GraphServiceClient ForCurrentUser()
    {
        var provider = new AzureIdentityAuthenticationProvider(new UserTokenCredential(_tokens, _scopes), allowedHosts: _hosts, scopes: [.. _scopes]);
        return new GraphServiceClient(_http, provider, _baseUrl);
    }

    public void Dispose() => _http.Dispose();
}
