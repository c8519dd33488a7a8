using System.Xml;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Copies XML from a part being rewritten to its new version node by node, with SpreadsheetML elements in the
/// default namespace (a part that used the Open XML SDK's <c>x:</c> prefix comes out as Excel writes it) and no
/// byte-order mark. Iterative, so a hostile file nested a million deep cannot exhaust the stack. Not thread-safe.
/// </summary>
internal sealed class SpreadsheetXmlCopy
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly string _main;
    private readonly string _xmlns;

    /// <param name="names">The name table of every reader this copy reads from, so namespaces compare as atoms.</param>
    public SpreadsheetXmlCopy(XmlNameTable names)
    {
        Names = names;
        _main = names.Add(SpreadsheetMl.Main);
        _xmlns = names.Add(XmlnsNamespace);
    }

    public XmlNameTable Names { get; }

    /// <summary>A reader for a part of an untrusted file: no DTD, whitespace kept (it may be a cell's text).</summary>
    public XmlReader Reader(Stream part) => XmlReader.Create(part, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
        CloseInput = true,
        NameTable = Names,
    });

    /// <summary>Whether the element the reader is on is the SpreadsheetML element <paramref name="localName"/> (an atom of <see cref="Names"/>).</summary>
    public bool IsMain(XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, localName) && reader.NamespaceURI == _main;

    /// <summary>Copies the whole part from <paramref name="reader"/> (before its first node) to <paramref name="writer"/>, with <see cref="CopyNode"/>'s rules.</summary>
    public void CopyAll(XmlReader reader, XmlWriter writer, Func<XmlReader, string, string?>? attribute = null, Func<XmlReader, bool>? keep = null)
    {
        reader.Read();
        while (!reader.EOF)
        {
            CopyNode(reader, writer, attribute, keep);
        }
    }

    /// <summary>
    /// Copies the node the reader is on (an element with all it holds) and moves the reader past it. Each attribute
    /// of each element passes through <paramref name="attribute"/> (the reader on the attribute, the element's local
    /// name; null leaves it out); an element for which <paramref name="keep"/> says false is left out with its content.
    /// </summary>
    public void CopyNode(XmlReader reader, XmlWriter writer, Func<XmlReader, string, string?>? attribute = null, Func<XmlReader, bool>? keep = null)
    {
        if (reader.NodeType != XmlNodeType.Element)
        {
            CopyLeaf(reader, writer);
            reader.Read();
            return;
        }

        if (keep is not null && !keep(reader))
        {
            reader.Skip();
            return;
        }

        var depth = reader.Depth;
        var empty = reader.IsEmptyElement;
        WriteStartElement(reader, writer, Hook(attribute, reader.LocalName));
        reader.Read();
        if (empty)
        {
            writer.WriteEndElement();
            return;
        }

        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (keep is not null && !keep(reader))
                {
                    reader.Skip();
                    continue;
                }

                var leaf = reader.IsEmptyElement;
                WriteStartElement(reader, writer, Hook(attribute, reader.LocalName));
                if (leaf)
                {
                    writer.WriteEndElement();
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                writer.WriteFullEndElement();
            }
            else
            {
                CopyLeaf(reader, writer);
            }

            reader.Read();
        }

        writer.WriteFullEndElement();
        reader.Read();
    }

    private static Func<XmlReader, string?>? Hook(Func<XmlReader, string, string?>? attribute, string element) =>
        attribute is null ? null : a => attribute(a, element);

    /// <summary>
    /// Writes the start tag of the element the reader is on with its attributes, each passed through
    /// <paramref name="attribute"/> (return null to leave one out); the reader stays on the element.
    /// </summary>
    public void WriteStartElement(XmlReader reader, XmlWriter writer, Func<XmlReader, string?>? attribute = null)
    {
        writer.WriteStartElement(PrefixOf(reader), reader.LocalName, reader.NamespaceURI);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                var value = attribute is null ? reader.Value : attribute(reader);
                if (value is null)
                {
                    continue;
                }

                if (reader.NamespaceURI == _xmlns)
                {
                    // The default namespace is the writer's to declare, and a prefix for SpreadsheetML would be chosen over
                    // it for what we add; other declarations keep their prefixes in scope.
                    if (reader.Prefix.Length > 0 && value != _main)
                    {
                        writer.WriteAttributeString("xmlns", reader.LocalName, XmlnsNamespace, value);
                    }
                }
                else
                {
                    writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, value);
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }
    }

    // Compared by value: readers over LINQ to XML trees have name tables of their own.
    private string PrefixOf(XmlReader reader) => reader.NamespaceURI == _main ? "" : reader.Prefix;

    private static void CopyLeaf(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Text:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
            case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                writer.WriteWhitespace(reader.Value);
                break;
            case XmlNodeType.Comment:
                writer.WriteComment(reader.Value);
                break;
            case XmlNodeType.ProcessingInstruction:
                writer.WriteProcessingInstruction(reader.Name, reader.Value);
                break;

            // The XML declaration is the writer's own; DTDs are refused by the reader.
            default:
                break;
        }
    }
}
