using System.Globalization;
using System.Xml;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Writing SpreadsheetML elements with attributes in one call: numbers in invariant form, booleans as <c>1</c>/<c>0</c>
/// (as Excel writes them), null attributes left out. Elements go in the default namespace the part's root declared.
/// </summary>
internal static class SpreadsheetElements
{
    /// <summary>Opens <paramref name="name"/> with its attributes; close it with <see cref="XmlWriter.WriteEndElement"/>.</summary>
    public static void Start(this XmlWriter writer, string name, params (string Name, object? Value)[] attributes)
    {
        writer.WriteStartElement(name, SpreadsheetMl.Main);
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null)
            {
                writer.WriteAttributeString(attribute, Format(value));
            }
        }
    }

    /// <summary>Writes an element with attributes and no content.</summary>
    public static void Empty(this XmlWriter writer, string name, params (string Name, object? Value)[] attributes)
    {
        writer.Start(name, attributes);
        writer.WriteEndElement();
    }

    /// <summary>Writes an element holding <paramref name="text"/>.</summary>
    public static void Text(this XmlWriter writer, string name, string text, params (string Name, object? Value)[] attributes)
    {
        writer.Start(name, attributes);
        writer.WriteString(text);
        writer.WriteEndElement();
    }

    /// <summary>Starts a part's root element with SpreadsheetML as the default namespace, and <c>r:</c> when the part has relationship ids.</summary>
    public static void Root(this XmlWriter writer, string name, bool relationships = false)
    {
        writer.WriteStartElement("", name, SpreadsheetMl.Main);
        if (relationships)
        {
            writer.WriteAttributeString("xmlns", "r", null, SpreadsheetMl.Relationships);
        }
    }

    private static string Format(object value) => value switch
    {
        bool b => b ? "1" : "0",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
