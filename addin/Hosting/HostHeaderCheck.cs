using DoiThoai.Addin.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Answers only requests addressed to this machine (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>, or the names in
/// <c>AllowedHosts</c> when it is set to something other than <c>*</c>). A web page on another site cannot read the API
/// by pointing its own name at 127.0.0.1 (DNS rebinding): its requests carry its name. A refusal is a ProblemDetails.
/// </summary>
public static class HostHeaderCheck
{
    public static IApplicationBuilder UseHostHeaderCheck(this IApplicationBuilder app, IConfiguration configuration)
    {
        var allowed = new HashSet<string>(["localhost", "127.0.0.1", "[::1]"], StringComparer.OrdinalIgnoreCase);
        var configured = configuration["AllowedHosts"];
        if (AuthHosting.IsMicrosoft365(configuration) && (configured is null || configured.Trim() == "*"))
        {
            // Microsoft 365 mode: every API answer needs a bearer token (never a cookie), so a page reaching us under another
            // name gains nothing; the school's own name needs no setting. AllowedHosts still narrows it when set.
            return app;
        }

        if (configured is not null && configured.Trim() != "*")
        {
            allowed.UnionWith(configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return app.Use((context, next) =>
        {
            var host = context.Request.Host.Host;
            if (allowed.Contains(host))
            {
                return next(context);
            }

            return TypedResults.Problem(Problem.For(HostErrorCodes.HostNotAllowed, HostTexts.HostNotAllowedDetail)).ExecuteAsync(context);
        });
    }
}
