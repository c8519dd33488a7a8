using System.Net;
using System.Text.Json;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>Checks the API's one error shape: a ProblemDetails with a Vietnamese title and detail, a code, no stack trace.</summary>
internal static class ProblemAssert
{
    /// <summary>Asserts <paramref name="response"/> is the problem <paramref name="code"/> at <paramref name="status"/>; returns it.</summary>
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(status, response.StatusCode, text);
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType, text);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.AreEqual(code, problem.GetProperty("code").GetString(), text);
        Assert.AreEqual((int)status, problem.GetProperty("status").GetInt32());
        Assert.AreEqual("https://doithoai.vn/loi/" + code, problem.GetProperty("type").GetString());
        var title = problem.GetProperty("title").GetString()!;
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.IsTrue(IsVietnamese(title), $"title in Vietnamese: {title}");
        Assert.IsTrue(IsVietnamese(detail), $"detail in Vietnamese: {detail}");
        foreach (var leak in new[] { "   at ", "Exception", ".cs:line", "System." })
        {
            Assert.DoesNotContain(leak, text, $"no stack trace or exception type in {text}");
        }

        return problem.Clone();
    }

    /// <summary>Vietnamese text has letters only Vietnamese uses (ư, ơ, đ, or a stacked tone mark).</summary>
    public static bool IsVietnamese(string text) =>
        text.Any(c => "ăâđêôơưĂÂĐÊÔƠƯ".Contains(c) || (c >= '\u1EA0' && c <= '\u1EF9') || "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ".Contains(c));
}
