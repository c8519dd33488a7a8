using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// Streams a document's body, closing and appendix to an <see cref="OpenXmlWriter"/>, one block (one table
/// row) at a time. The built-in layout and the template filler both write through it, so a long appendix
/// costs the same little memory in either and the markup is the same.
/// </summary>
internal sealed class BlockWriter(OpenXmlWriter writer, BlockRenderer renderer)
{
    /// <summary>The body blocks; the last one keeps with the closing that follows.</summary>
    public void WriteBody(IReadOnlyList<DocumentBlock> body)
    {
        var last = body.Count - 1;
        for (var i = 0; i <= last; i++)
        {
            if (body[i] is TableBlock table)
            {
                WriteTable(table);
            }
            else
            {
                writer.WriteElement(i == last ? OfficialParts.KeepWithClosing(renderer.Render(body[i])) : renderer.Render(body[i]));
            }
        }
    }

    /// <summary>Signatures and <c>Nơi nhận:</c>.</summary>
    public void WriteClosing(OfficialDocument document)
    {
        foreach (var element in OfficialParts.Closing(document))
        {
            writer.WriteElement(element);
        }
    }

    /// <summary>The appendix, if any: its title starting a new page, then its blocks.</summary>
    public void WriteAppendix(Appendix? appendix)
    {
        if (appendix is null)
        {
            return;
        }

        foreach (var paragraph in OfficialParts.AppendixTitle(renderer, appendix))
        {
            writer.WriteElement(paragraph);
        }

        foreach (var block in appendix.Blocks)
        {
            if (block is TableBlock table)
            {
                WriteTable(table);
            }
            else
            {
                writer.WriteElement(renderer.Render(block));
            }
        }
    }

    /// <summary>Writes a table row by row, so thousands of rows never sit in one tree.</summary>
    private void WriteTable(TableBlock table)
    {
        var skeleton = renderer.Table(table with { Rows = [] });
        writer.WriteStartElement(new Table());
        foreach (var child in skeleton.ChildElements)
        {
            writer.WriteElement(child);
        }

        var rows = new RowWriter(writer, renderer, table.Columns);
        foreach (var row in table.Rows)
        {
            rows.Write(row);
        }

        writer.WriteEndElement();
    }
}
