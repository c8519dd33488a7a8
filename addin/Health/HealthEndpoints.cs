namespace DoiThoai.Addin.Health;

/// <summary><c>GET /health</c>: the host is up (for the admin and for monitoring).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", () => TypedResults.Ok(new HealthStatus("ok")));
        return routes;
    }
}

/// <summary>The body of <c>/health</c>.</summary>
public sealed record HealthStatus(string Status);
