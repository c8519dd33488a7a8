using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// The version token of each page file as the front-end build writes it into the pages' URLs
/// (<c>taskpane.js?v=3f9c2a1b04de</c>, <c>versionOf</c> in <c>client/build.mjs</c>): the first 12 hex digits of the
/// SHA-256 of the file's bytes. Each file is hashed once, and again when its time or size changes (a new build under
/// a running host). Thread-safe.
/// </summary>
public sealed class AssetVersions(IFileProvider files)
{
    /// <summary>Hex digits of the token.</summary>
    public const int TokenLength = 12;

    private readonly ConcurrentDictionary<string, Entry> _versions = new(StringComparer.Ordinal);

    /// <summary>The files the host serves as pages (the web root).</summary>
    public IFileProvider Files => files;

    /// <summary>The token of the file at <paramref name="subpath"/> (<c>/taskpane.js</c>), or null when there is none.</summary>
    public string? VersionOf(string subpath) =>
        files.GetFileInfo(subpath) is { Exists: true, IsDirectory: false } file ? VersionOf(subpath, file) : null;

    /// <summary>The token of <paramref name="file"/>, found at <paramref name="subpath"/>.</summary>
    public string VersionOf(string subpath, IFileInfo file)
    {
        if (_versions.TryGetValue(subpath, out var known) && known.Modified == file.LastModified && known.Length == file.Length)
        {
            return known.Version;
        }

        using var stream = file.CreateReadStream();
        var version = Convert.ToHexStringLower(SHA256.HashData(stream))[..TokenLength];
        _versions[subpath] = new Entry(file.LastModified, file.Length, version);
        return version;
    }

    /// <summary>Hashes every file of the web root now (the start-up warm-up), so no pane load waits for it; returns how many.</summary>
    public int HashAll() => HashUnder("");

    private int HashUnder(string folder)
    {
        var count = 0;
        foreach (var item in files.GetDirectoryContents(folder))
        {
            var subpath = folder + "/" + item.Name;
            if (item.IsDirectory)
            {
                count += HashUnder(subpath);
            }
            else
            {
                VersionOf(subpath, item);
                count++;
            }
        }

        return count;
    }

    private sealed record Entry(DateTimeOffset Modified, long Length, string Version);
}
