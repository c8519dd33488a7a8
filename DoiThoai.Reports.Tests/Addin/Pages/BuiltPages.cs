using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DoiThoai.Reports.Tests.TestTools;

namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>The add-in's built pages in <c>addin/wwwroot</c> and the local assets each html references.</summary>
internal static partial class BuiltPages
{
    /// <summary>One local reference of an html page: the attribute's URL, the file it names and its version token.</summary>
    public sealed record AssetReference(string Url, string File, string? Version);

    public static string Root => RepositoryPaths.RequireAddinWwwroot();

    public static string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>Every src/href of the html that is not absolute (no scheme, no //).</summary>
    public static IReadOnlyList<AssetReference> LocalReferences(string html)
    {
        var text = File.ReadAllText(PathOf(html));
        return [.. Reference().Matches(text)
            .Select(m => m.Groups["url"].Value)
            .Where(url => !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith('#'))
            .Select(url =>
            {
                var query = url.IndexOf('?', StringComparison.Ordinal);
                var path = query < 0 ? url : url[..query];
                var version = query < 0 ? null : Version().Match(url[query..]) is { Success: true } v ? v.Groups["v"].Value : null;
                return new AssetReference(url, Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar)), version);
            })];
    }

    /// <summary>The version token build.mjs writes: the first 12 hex digits of the file's SHA-256.</summary>
    public static string VersionOf(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..12];

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex Reference();

    [GeneratedRegex(@"[?&]v=(?<v>[0-9a-f]+)")]
    private static partial Regex Version();
}
