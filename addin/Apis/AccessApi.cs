using DoiThoai.Addin.Contracts;
using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.Microsoft365;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports.Schools.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// <c>GET /api/config</c> (open to anyone: the pages read it before they can sign in) and <c>GET /api/me</c> (anyone
/// signed in, with or without a role: the page says what they may do).
/// </summary>
public static class AccessApi
{
    public const string LocalMode = "local";
    public const string Microsoft365Mode = "microsoft365";

    public static IEndpointRouteBuilder MapAccessApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/config", Config).AllowAnonymous();
        routes.MapGet("/api/me", Me).RequireAuthorization(Policies.SignedIn);
        return routes;
    }

    public static Ok<ConfigResponse> Config(AuthSettings settings) => TypedResults.Ok(settings.IsConfigured
        ? new ConfigResponse(Microsoft365Mode, HealthApi.Version, new ConfigAuthResponse(settings.ClientId!, settings.Authority, settings.ApiScope))
        : new ConfigResponse(LocalMode, HealthApi.Version, null));

    public static Ok<MeResponse> Me(AuthSettings settings, ICurrentStaff staff)
    {
        if (!settings.IsConfigured)
        {
            // The embedded default: the one person at this machine is the principal and the secretary.
            return TypedResults.Ok(new MeResponse(LocalMode, null, null, [nameof(StaffRole.Principal), nameof(StaffRole.Secretary)], [], []));
        }

        var access = staff.Access;
        var (name, email) = staff.Identity;
        return TypedResults.Ok(new MeResponse(
            Microsoft365Mode,
            name,
            email,
            [.. Enum.GetValues<StaffRole>().Where(access.Has).Select(r => r.ToString())],
            [.. access.Classes.Order(StringComparer.Ordinal)],
            [.. access.Rooms.Order(StringComparer.Ordinal)]));
    }

    /// <summary>403 <c>FORBIDDEN_ROLE</c> for a class or room the current person does not look after.</summary>
    public static ProblemHttpResult ForbiddenClass(string classOrRoom) =>
        TypedResults.Problem(Problem.For(HostErrorCodes.ForbiddenRole, HostTexts.ForbiddenClass(classOrRoom)));
}
