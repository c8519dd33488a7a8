using System.Text;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>A request as the fake's mail, calendar, drive and upload areas see it.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">The decoded path without <c>/v1.0</c>.</param>
/// <param name="Query">Decoded query parameters (<c>$filter</c>, <c>@microsoft.graph.conflictBehavior</c>, ...).</param>
/// <param name="Headers">Request headers, case-insensitive.</param>
/// <param name="Body">The body's bytes, or null.</param>
/// <param name="Origin"><c>http://127.0.0.1:PORT</c>, for links the fake hands out (upload URLs, next links).</param>
public sealed record FakeHttpRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    byte[]? Body,
    string Origin)
{
    public string BodyText => Body is null ? "" : Encoding.UTF8.GetString(Body);

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
