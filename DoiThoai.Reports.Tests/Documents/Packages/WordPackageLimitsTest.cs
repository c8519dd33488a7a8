using System.IO.Compression;
using System.Text;
using DoiThoai.Reports.Documents.Packages;
using DoiThoai.Reports.Documents.Templates;

namespace DoiThoai.Reports.Tests.Documents.Packages;

[TestClass]
public sealed class WordPackageLimitsTest
{
    /// <summary>A real Word package (the example school template), whose parts a test then changes.</summary>
    internal static byte[] RealDocx()
    {
        using var stream = new MemoryStream();
        ExampleTemplate.Write(stream, "Trường THPT số 2 Bắc Hà");
        return stream.ToArray();
    }

    /// <summary><paramref name="docx"/> with <paramref name="change"/> applied to its zip.</summary>
    internal static byte[] Changed(byte[] docx, Action<ZipArchive> change)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        return stream.ToArray();
    }

    internal static void Replace(ZipArchive zip, string name, Action<Stream> write)
    {
        zip.GetEntry(name)?.Delete();
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        write(stream);
    }

    /// <summary>Parts that decompress to <paramref name="bytes"/> of spaces each: a few hundred kilobytes compressed.</summary>
    internal static byte[] WithHugeParts(byte[] docx, long bytes, params string[] names) => Changed(docx, zip =>
    {
        var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
        foreach (var name in names)
        {
            Replace(zip, name, s =>
            {
                for (var written = 0L; written < bytes; written += chunk.Length)
                {
                    s.Write(chunk);
                }
            });
        }
    });

    /// <summary><paramref name="docx"/> with empty parts added until it has more than <see cref="WordPackageLimits.MaxParts"/>.</summary>
    internal static byte[] WithTooManyParts(byte[] docx) => Changed(docx, zip =>
    {
        for (var i = 0; i <= WordPackageLimits.MaxParts; i++)
        {
            zip.CreateEntry($"customXml/item{i}.xml");
        }
    });

    internal static byte[] WithDoctype(byte[] docx) => Changed(docx, zip =>
    {
        string xml;
        using (var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var end = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
        xml = xml[..end] + "<!DOCTYPE w:document [<!ENTITY e \"x\">]>" + xml[end..];
        Replace(zip, "word/document.xml", s => s.Write(Encoding.UTF8.GetBytes(xml)));
    });

    private static DoiThoaiException Refused(byte[] docx) =>
        Assert.ThrowsExactly<DoiThoaiException>(() => WordPackageLimits.Check(new MemoryStream(docx), ErrorCodes.MinutesInvalid));

    [TestMethod]
    public void A_real_document_passes_and_the_stream_is_rewound()
    {
        var stream = new MemoryStream(RealDocx());
        WordPackageLimits.Check(stream, ErrorCodes.MinutesInvalid);
        Assert.AreEqual(0, stream.Position);
    }

    [TestMethod]
    public void A_part_that_decompresses_past_the_limit_is_refused_as_too_large()
    {
        var bomb = WithHugeParts(RealDocx(), WordPackageLimits.MaxPartBytes + (1 << 20), "word/document.xml");
        Assert.IsLessThan(2_000_000, bomb.Length, "the test's bomb is small compressed");
        var refused = Refused(bomb);
        Assert.AreEqual(ErrorCodes.TooLarge, refused.Code);
        StringAssert.Contains(refused.Message, "word/document.xml");
        StringAssert.Contains(refused.Message, "quá giới hạn");
    }

    [TestMethod]
    public void Parts_that_together_pass_the_total_limit_are_refused()
    {
        var parts = (int)(WordPackageLimits.MaxTotalBytes / WordPackageLimits.MaxPartBytes) + 1;
        var docx = WithHugeParts(RealDocx(), WordPackageLimits.MaxPartBytes - (1 << 20), [.. Enumerable.Range(0, parts).Select(i => $"word/media/big{i}.bin")]);

        var refused = Refused(docx);
        Assert.AreEqual(ErrorCodes.TooLarge, refused.Code);
        StringAssert.Contains(refused.Message, "khi giải nén lớn hơn");
    }

    [TestMethod]
    public void Too_many_parts_are_refused()
    {
        var docx = WithTooManyParts(RealDocx());
        var zipCount = new System.IO.Compression.ZipArchive(new MemoryStream(docx)).Entries.Count;
        var refused = Refused(docx);
        Assert.AreEqual(ErrorCodes.TooLarge, refused.Code);
        StringAssert.Contains(refused.Message, $"tệp có {zipCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(",", ".")} phần, quá giới hạn 1.000 phần");
    }

    [TestMethod]
    public void A_doctype_is_refused_with_the_caller_s_code()
    {
        var refused = Assert.ThrowsExactly<DoiThoaiException>(() => WordPackageLimits.Check(new MemoryStream(WithDoctype(RealDocx())), ErrorCodes.TemplateInvalid));
        Assert.AreEqual(ErrorCodes.TemplateInvalid, refused.Code);
        StringAssert.Contains(refused.Message, "DOCTYPE");
    }

    [TestMethod]
    public void A_doctype_split_across_two_reads_is_still_found()
    {
        // Spaces before the declaration put "<!DOCTYPE" across the guard's 80 KB read boundary.
        var docx = Changed(RealDocx(), zip => Replace(zip, "word/settings.xml", s =>
        {
            s.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>" + new string(' ', 81920 - 21 - 4) + "<!DOCTYPE x><x/>"));
        }));
        Assert.AreEqual(ErrorCodes.MinutesInvalid, Refused(docx).Code);
    }

    [TestMethod]
    public void A_workbook_and_a_non_zip_are_named_for_what_they_are_not()
    {
        var workbook = new MemoryStream();
        using (var zip = new ZipArchive(workbook, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("xl/workbook.xml");
        }

        StringAssert.Contains(Refused(workbook.ToArray()).Message, "sổ Excel (.xlsx)");
        var text = Refused(Encoding.UTF8.GetBytes("Biên bản, nhưng là văn bản thường."));
        Assert.AreEqual(ErrorCodes.MinutesInvalid, text.Code);
        StringAssert.Contains(text.Message, "không phải là tài liệu Word");
    }
}
