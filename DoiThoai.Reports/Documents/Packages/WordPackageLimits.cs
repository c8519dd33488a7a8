using System.IO.Compression;
using System.Text;

namespace DoiThoai.Reports.Documents.Packages;

/// <summary>
/// The one guard every Word package from outside passes before the Open XML SDK opens it (a filled minutes document,
/// a school's template): it must be a zip that is not a workbook, of at most <see cref="MaxParts"/> parts, each at most
/// <see cref="MaxPartBytes"/> and all together at most <see cref="MaxTotalBytes"/> once decompressed (counted while
/// decompressing, since a zip bomb's declared sizes lie), and no XML part may declare a DOCTYPE. A real minutes
/// document or letterhead is a few hundred kilobytes in a few dozen parts. Stateless and thread-safe.
/// </summary>
public static class WordPackageLimits
{
    /// <summary>Most parts (zip entries) a package may hold.</summary>
    public const int MaxParts = 1_000;

    /// <summary>Largest decompressed part: a minutes document of a thousand answers is a few megabytes.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>Largest decompressed package, every part together.</summary>
    public const long MaxTotalBytes = 192L * 1024 * 1024;

    private static readonly byte[] Doctype = "<!DOCTYPE"u8.ToArray();
    private static readonly byte[] DoctypeUtf16 = Encoding.Unicode.GetBytes("<!DOCTYPE");

    /// <summary>Checks <paramref name="package"/> (seekable; its position is restored) against the limits.</summary>
    /// <param name="package">The .docx/.dotx bytes.</param>
    /// <param name="invalidCode">The code for a file that is no Word package (<see cref="ErrorCodes.MinutesInvalid"/>, <see cref="ErrorCodes.TemplateInvalid"/>).</param>
    /// <exception cref="DoiThoaiException"><paramref name="invalidCode"/> for what is no Word package or declares a DOCTYPE; <see cref="ErrorCodes.TooLarge"/> over a limit. Messages in Vietnamese.</exception>
    public static void Check(Stream package, string invalidCode)
    {
        ArgumentNullException.ThrowIfNull(package);
        var start = package.Position;
        try
        {
            using var zip = OpenZip(package, invalidCode);
            if (zip.Entries.Count > MaxParts)
            {
                throw new DoiThoaiException(ErrorCodes.TooLarge, WordPackageMessages.TooManyParts(zip.Entries.Count, MaxParts));
            }

            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                throw new DoiThoaiException(invalidCode, WordPackageMessages.IsWorkbook);
            }

            if (zip.GetEntry("word/document.xml") is null && zip.GetEntry("[Content_Types].xml") is null)
            {
                throw new DoiThoaiException(invalidCode, WordPackageMessages.NotWord);
            }

            var total = 0L;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                total += Inspect(entry, buffer, MaxTotalBytes - total, invalidCode);
            }
        }
        finally
        {
            package.Position = start;
        }
    }

    private static ZipArchive OpenZip(Stream package, string invalidCode)
    {
        try
        {
            return new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new DoiThoaiException(invalidCode, WordPackageMessages.NotWord);
        }
    }

    // Decompresses one part, counting; returns its size. XML parts are searched for a DOCTYPE as they stream by.
    private static long Inspect(ZipArchiveEntry entry, byte[] buffer, long totalLeft, string invalidCode)
    {
        if (entry.Length > MaxPartBytes)
        {
            throw new DoiThoaiException(ErrorCodes.TooLarge, WordPackageMessages.PartTooLarge(entry.FullName, MaxPartBytes));
        }

        var xml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
        var size = 0L;
        var carry = 0;
        try
        {
            using var stream = entry.Open();
            int read;

            // The last bytes of a chunk are kept at its front, so a DOCTYPE split across two reads is still seen.
            while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
            {
                size += read;
                if (size > MaxPartBytes)
                {
                    throw new DoiThoaiException(ErrorCodes.TooLarge, WordPackageMessages.PartTooLarge(entry.FullName, MaxPartBytes));
                }

                if (size > totalLeft)
                {
                    throw new DoiThoaiException(ErrorCodes.TooLarge, WordPackageMessages.PackageTooLarge(MaxTotalBytes));
                }

                var filled = carry + read;
                if (xml && (buffer.AsSpan(0, filled).IndexOf(Doctype) >= 0 || buffer.AsSpan(0, filled).IndexOf(DoctypeUtf16) >= 0))
                {
                    throw new DoiThoaiException(invalidCode, WordPackageMessages.Doctype(entry.FullName));
                }

                carry = Math.Min(DoctypeUtf16.Length - 1, filled);
                buffer.AsSpan(filled - carry, carry).CopyTo(buffer);
            }
        }
        catch (InvalidDataException)
        {
            throw new DoiThoaiException(invalidCode, WordPackageMessages.Damaged(entry.FullName));
        }

        return size;
    }
}
