using DoiThoai.Addin.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Addin.Problems;

/// <summary>
/// Builds the one error shape of the API (docs/api.md): a ProblemDetails with a Vietnamese <c>title</c> and
/// <c>detail</c>, the status, a <c>type</c> naming the code, and the stable <c>code</c> extension. Never a stack trace.
/// </summary>
public static class Problem
{
    /// <summary>The base of every problem's <c>type</c>.</summary>
    public const string TypeBase = "https://doithoai.vn/loi/";

    /// <summary>The problem for <paramref name="code"/> with <paramref name="detail"/>, at the code's status (<see cref="ErrorStatus"/>).</summary>
    public static ProblemDetails For(string code, string detail) => For(code, detail, ErrorStatus.For(code));

    /// <summary>The problem for <paramref name="code"/> at an explicit <paramref name="status"/>.</summary>
    public static ProblemDetails For(string code, string detail, int status) => new()
    {
        Type = TypeBase + code,
        Title = HostTexts.Title(code),
        Status = status,
        Detail = detail,
        Extensions = { ["code"] = code },
    };
}
