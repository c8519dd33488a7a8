using System.Text.Json;
using Microsoft.Playwright;

namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>
/// Entra ID's sign-in service as MSAL 2 meets it in the sign-in dialog, answered by the browser context: the
/// authority's discovery documents as Microsoft answers them, and the authorize page, which ends the test's interest
/// (the dialog has started the redirect flow). Only requests the page was allowed to make arrive here.
/// </summary>
internal sealed class FakeEntraSignIn
{
    private readonly TaskCompletionSource<string> _authorize = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _requests = [];

    private FakeEntraSignIn()
    {
    }

    /// <summary>The authorize address the dialog went to, once it has.</summary>
    public Task<string> Authorize => _authorize.Task;

    /// <summary>Every request that reached the sign-in service, in order.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Answers <c>https://login.microsoftonline.com/**</c> in <paramref name="context"/> for the tenant <paramref name="tenantId"/>.</summary>
    public static async Task<FakeEntraSignIn> RouteAsync(IBrowserContext context, string tenantId)
    {
        var fake = new FakeEntraSignIn();
        await context.RouteAsync("https://login.microsoftonline.com/**", route => fake.AnswerAsync(route, tenantId));
        return fake;
    }

    private async Task AnswerAsync(IRoute route, string tenantId)
    {
        var url = route.Request.Url;
        lock (_requests)
        {
            _requests.Add($"{route.Request.Method} {url}");
        }

        if (new Uri(url).AbsolutePath.EndsWith("/oauth2/v2.0/authorize", StringComparison.Ordinal))
        {
            _authorize.TrySetResult(url);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<p>sign-in</p>" });
            return;
        }

        // MSAL's discovery of the authority: the endpoints of a tenant, as Microsoft answers them.
        var tenant = "https://login.microsoftonline.com/" + tenantId;
        var body = url.Contains("openid-configuration", StringComparison.Ordinal)
            ? JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["token_endpoint"] = tenant + "/oauth2/v2.0/token",
                ["authorization_endpoint"] = tenant + "/oauth2/v2.0/authorize",
                ["end_session_endpoint"] = tenant + "/oauth2/v2.0/logout",
                ["issuer"] = tenant + "/v2.0",
                ["jwks_uri"] = tenant + "/discovery/v2.0/keys",
                ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
            })
            : JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["tenant_discovery_endpoint"] = tenant + "/v2.0/.well-known/openid-configuration",
                ["api-version"] = "1.1",
                ["metadata"] = new[] { new Dictionary<string, object> { ["preferred_network"] = "login.microsoftonline.com", ["preferred_cache"] = "login.windows.net", ["aliases"] = new[] { "login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net" } } },
            });
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json", Body = body, Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" } });
    }
}
