using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The decompressed size of every entry of an .xlsx, from the zip's central directory, read before the Open XML SDK
/// parses anything: a 1.5 MB file may declare a 1.5 GB sheet, and it is refused here by name. .NET inflates an entry
/// no further than the size its directory declares, so the declared sizes are the sizes read; the parts read as XML
/// are bounded once more by <see cref="BoundedPartStream"/>.
/// </summary>
internal sealed class PackageSizes
{
    private readonly Dictionary<string, long> _sizes;
    private readonly string _file;

    private PackageSizes(Dictionary<string, long> sizes, string file)
    {
        _sizes = sizes;
        _file = file;
    }

    /// <summary>
    /// Reads the directory of the package in <paramref name="stream"/> (left open and rewound) and checks the parts the
    /// package layer itself parses on opening: the content types and every relationship part.
    /// </summary>
    /// <exception cref="WorkbookAccessException">Too many entries, or one of those parts over its bound.</exception>
    /// <exception cref="InvalidDataException">Not a zip file.</exception>
    public static PackageSizes Read(Stream stream, string file)
    {
        var sizes = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Count > WorkbookLimits.MaxPackageEntries)
            {
                throw new WorkbookAccessException(WorkbookMessages.TooManyEntries(file, zip.Entries.Count), code: ErrorCodes.WorkbookInvalid);
            }

            foreach (var entry in zip.Entries)
            {
                sizes[entry.FullName] = Math.Max(entry.Length, sizes.GetValueOrDefault(entry.FullName));
            }
        }

        stream.Position = 0;
        var result = new PackageSizes(sizes, file);
        foreach (var (name, size) in sizes)
        {
            if (name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                result.Require(name, size, WorkbookLimits.MaxOtherPartBytes);
            }
        }

        return result;
    }

    /// <summary>Refuses <paramref name="part"/> when it unpacks to more than <paramref name="maxBytes"/>.</summary>
    public void Check(OpenXmlPart part, long maxBytes)
    {
        var name = part.Uri.OriginalString.TrimStart('/');
        if (_sizes.TryGetValue(name, out var size) || _sizes.TryGetValue(Uri.UnescapeDataString(name), out size))
        {
            Require(name, size, maxBytes);
        }
    }

    private void Require(string name, long size, long maxBytes)
    {
        if (size > maxBytes)
        {
            throw new WorkbookAccessException(WorkbookMessages.PartTooLarge(_file, name, maxBytes, size), code: ErrorCodes.WorkbookInvalid);
        }
    }
}
