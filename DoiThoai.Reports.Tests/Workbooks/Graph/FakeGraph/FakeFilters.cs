using System.Text.RegularExpressions;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>
/// The documented query forms for single-value extended properties, and nothing else: a filter the fake does not
/// know is a 400, so the product cannot drift from the documents unnoticed. The property id (its Name part) is
/// compared with case, the value without, as the documents say.
/// </summary>
public static partial class FakeFilters
{
    /// <summary>
    /// <c>singleValueExtendedProperties/Any(ep: ep/id eq '{id}' and ep/value eq '{v}')</c>, or with
    /// <c>startswith(ep/value, '{v}')</c> / <c>contains(ep/value, '{v}')</c>; null for anything else.
    /// </summary>
    public static Func<IReadOnlyDictionary<string, string>, bool>? ExtendedProperty(string filter)
    {
        if (AnyFilter().Match(filter.Trim()) is not { Success: true } m)
        {
            return null;
        }

        var id = Unquote(m.Groups["id"].Value);
        var value = Unquote(m.Groups["eq"].Success ? m.Groups["eq"].Value : m.Groups["value"].Value);
        var op = m.Groups["eq"].Success ? "eq" : m.Groups["fn"].Value.ToLowerInvariant();
        return properties => properties.TryGetValue(id, out var actual) && op switch
        {
            "eq" => string.Equals(actual, value, StringComparison.OrdinalIgnoreCase),
            "startswith" => actual.StartsWith(value, StringComparison.OrdinalIgnoreCase),
            _ => actual.Contains(value, StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>The ids asked for by <c>singleValueExtendedProperties($filter=id eq 'a' or id eq 'b')</c>, or null.</summary>
    public static IReadOnlySet<string>? ExpandedProperties(string? expand)
    {
        if (expand is null || ExpandFilter().Match(expand.Trim()) is not { Success: true } m)
        {
            return null;
        }

        return m.Groups["id"].Captures.Select(c => Unquote(c.Value)).ToHashSet(StringComparer.Ordinal);
    }

    private static string Unquote(string quoted) => quoted.Replace("''", "'", StringComparison.Ordinal);

    [GeneratedRegex(@"^singleValueExtendedProperties/any\(ep:\s*ep/id eq '(?<id>(?:[^']|'')*)' and (?:ep/value eq '(?<eq>(?:[^']|'')*)'|(?<fn>startswith|contains)\(ep/value,\s*'(?<value>(?:[^']|'')*)'\))\)$", RegexOptions.IgnoreCase)]
    private static partial Regex AnyFilter();

    [GeneratedRegex(@"^singleValueExtendedProperties\(\$filter=id eq '(?<id>(?:[^']|'')*)'(?: or id eq '(?<id>(?:[^']|'')*)')*\)$")]
    private static partial Regex ExpandFilter();
}
