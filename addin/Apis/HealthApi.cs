using System.Reflection;
using DoiThoai.Addin.Contracts;
using DoiThoai.Addin.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoiThoai.Addin.Apis;

/// <summary><c>GET /health</c>: the host is up (for the admin, monitoring and the pages' first call).</summary>
public static class HealthApi
{
    /// <summary>The host's version without the build's source revision (<c>1.0.0</c>).</summary>
    public static readonly string Version =
        (typeof(HealthApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", Health).AllowAnonymous();
        return routes;
    }

    public static Ok<HealthResponse> Health(WorkspaceFiles files) => TypedResults.Ok(new HealthResponse("ok", Version, files.Mode));
}
