using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DoiThoai.Reports.Tests.Documents.Minutes;

/// <summary>Fills a generated minutes document the way a secretary would in Word, by editing its XML.</summary>
internal sealed class MinutesFiller : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly WordprocessingDocument _package;

    public MinutesFiller(byte[] docx)
    {
        _stream = new MemoryStream();
        _stream.Write(docx);
        _stream.Position = 0;
        _package = WordprocessingDocument.Open(_stream, true);
    }

    private Body Body => _package.MainDocumentPart!.Document!.Body!;

    public MinutesFiller Set(string tag, string text)
    {
        var sdt = Body.Descendants<SdtElement>().Single(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == tag);
        sdt.SdtProperties!.RemoveAllChildren<ShowingPlaceholder>();
        var content = sdt.Elements().First(e => e is SdtContentBlock or SdtContentRun);
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (content is SdtContentRun)
        {
            content.RemoveAllChildren();
            content.AppendChild(run);
        }
        else
        {
            content.RemoveAllChildren();
            content.AppendChild(new Paragraph(run));
        }

        return this;
    }

    public MinutesFiller AddOnTheSpot(string classOrRoom, string content, string? answer)
    {
        var table = Body.Descendants<SdtElement>().Single(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == "onthespot").Descendants<Table>().Single();
        var empty = table.Elements<TableRow>().Skip(1).FirstOrDefault(r => r.Elements<TableCell>().ElementAt(2).InnerText.Length == 0);
        var row = empty ?? (TableRow)table.Elements<TableRow>().Last().CloneNode(true);
        if (empty is null)
        {
            table.AppendChild(row);
        }

        var cells = row.Elements<TableCell>().ToList();
        void Put(TableCell cell, string? text)
        {
            cell.RemoveAllChildren<Paragraph>();
            cell.AppendChild(new Paragraph(new Run(new Text(text ?? string.Empty))));
        }

        Put(cells[1], classOrRoom);
        Put(cells[2], content);
        Put(cells[3], answer);
        return this;
    }

    public byte[] Save()
    {
        _package.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _package.Dispose();
        _stream.Dispose();
    }
}
