using System.Xml;

namespace DoiThoai.Reports.Workbooks;

/// <summary>The shared-string table being written: each distinct text once, as Excel does.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private int _uses;

    public int IndexOf(string text)
    {
        _uses++;
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _indexes.Add(text, index);
            _strings.Add(text);
        }

        return index;
    }

    /// <summary>Writes the table as the shared-strings part's root (<c>sst</c>).</summary>
    public void WriteTo(XmlWriter writer)
    {
        writer.Root("sst");
        writer.WriteAttributeString("count", _uses.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteAttributeString("uniqueCount", _strings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var text in _strings)
        {
            writer.Start("si");
            writer.Start("t");
            writer.WriteAttributeString("xml", "space", null, "preserve");
            writer.WriteString(WorksheetRowReader.EncodeEscapes(text));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
