using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

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

    public void WriteTo(SharedStringTablePart part)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable { Count = (uint)_uses, UniqueCount = (uint)_strings.Count });
        foreach (var text in _strings)
        {
            writer.WriteElement(new SharedStringItem(new Text(WorksheetRowReader.EncodeEscapes(text)) { Space = SpaceProcessingModeValues.Preserve }));
        }

        writer.WriteEndElement();
    }
}
