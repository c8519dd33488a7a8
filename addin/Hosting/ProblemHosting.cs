using System.Text.Encodings.Web;
using DoiThoai.Addin.Problems;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Every error is a ProblemDetails of docs/api.md: thrown ones through <see cref="ProblemExceptionHandler"/>, and the
/// statuses the framework answers by itself (an unknown route, a wrong method) through the status-code pages, given a
/// code and Vietnamese texts here, whatever the client accepts (a browser asking for HTML included).
/// </summary>
public static class ProblemHosting
{
    public static WebApplicationBuilder AddDoiThoaiProblems(this WebApplicationBuilder builder)
    {
        // As the command's JSON: Vietnamese letters, '+' of offsets and quotes stay readable. Safe here because every answer
        // is application/json or application/problem+json with nosniff, never HTML.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (!context.ProblemDetails.Extensions.ContainsKey("code"))
            {
                var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
                var known = ForStatus(status);
                context.ProblemDetails.Type = known.Type;
                context.ProblemDetails.Title = known.Title;
                context.ProblemDetails.Detail = known.Detail;
                context.ProblemDetails.Extensions["code"] = known.Extensions["code"];
            }
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        return builder;
    }

    /// <summary>The exception handler, then ProblemDetails for empty error answers.</summary>
    public static IApplicationBuilder UseDoiThoaiProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        return app.UseStatusCodePages(context =>
            TypedResults.Problem(ForStatus(context.HttpContext.Response.StatusCode)).ExecuteAsync(context.HttpContext));
    }

    /// <summary>The problem for a status the framework set without saying why.</summary>
    public static ProblemDetails ForStatus(int status) => Problem.For(ErrorStatus.CodeOf(status), status switch
    {
        StatusCodes.Status400BadRequest => HostTexts.BadRequestDetail,
        StatusCodes.Status401Unauthorized => HostTexts.SignInRequiredDetail,
        StatusCodes.Status403Forbidden => HostTexts.ForbiddenRoleDetail,
        StatusCodes.Status404NotFound => HostTexts.NotFoundDetail,
        StatusCodes.Status405MethodNotAllowed => HostTexts.MethodNotAllowedDetail,
        >= 500 => HostTexts.InternalDetail,
        _ => HostTexts.StatusDetail(status),
    }, status);
}
