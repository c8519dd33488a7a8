using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Documents.Preview;

/// <summary>
/// An official document as one HTML page to read before it is sent: what the .docx says, in its order (header, title,
/// addressee, body, signatures, recipients, appendix), from the same <see cref="OfficialDocument"/> the Word file is
/// laid out from, so the preview cannot say something else. A browser cannot show a .docx; Outlook's pane opens this
/// in the principal's browser. Every text is encoded: nothing in it is markup, and the page has no script at all.
/// Content controls show their value, or their placeholder in grey.
/// </summary>
public static class HtmlPreview
{
    // Vietnamese letters stay letters (WebUtility.HtmlEncode would write À as &#192;); markup characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Where the page finds <see cref="Stylesheet"/>: the host serves it on its own origin (no inline style).</summary>
    public const string StylesheetPath = "/preview.css";

    /// <summary>An A4 page as Decree 30 sets it, near enough for reading: Times New Roman 14 pt, margins 2/1.5/2/3 cm.</summary>
    public const string Stylesheet = """
        body{margin:0;background:#e9e9e9;color:#000;font:14pt/1.35 "Times New Roman","Liberation Serif",serif}
        .page{box-sizing:border-box;max-width:21cm;margin:1em auto;padding:2cm 1.5cm 2cm 3cm;background:#fff;box-shadow:0 1px 4px #999}
        p{margin:6pt 0;text-align:justify;text-indent:1.27cm}
        h1{font-size:14pt;text-align:center;margin:12pt 0 0}h2,h3{font-size:14pt;margin:6pt 0;text-indent:1.27cm}
        .summary,.centered,.letterhead p,.signer p{text-align:center;text-indent:0}
        .letterhead,.closing{width:100%;border-collapse:collapse}.letterhead td,.closing td{vertical-align:top;width:50%}
        .letterhead p{margin:0;font-size:13pt}.signature-space{height:3em}
        .recipients p{text-indent:0;margin:0;font-size:12pt}.recipients p:first-child{font-size:12pt}
        .grid{width:100%;border-collapse:collapse;font-size:12pt;margin:6pt 0}.grid th,.grid td{border:1px solid #000;padding:2pt 4pt;vertical-align:top}
        .grid p{text-indent:0;text-align:left;margin:0}.grid p.centered{text-align:center}
        .control{border-left:3px solid #c8c8c8;padding-left:4pt}.placeholder{color:#777}
        .appendix{margin-top:2em;border-top:1px dashed #999;padding-top:1em}
        @media print{body{background:#fff}.page{box-shadow:none;margin:0;max-width:none}.appendix{break-before:page;border:0}}
        """;

    /// <summary>The whole page, UTF-8.</summary>
    public static string Render(OfficialDocument document)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>").Append(Encode(document.Title)).Append(document.Summary is { } s ? " — " + Encode(s) : "").Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(StylesheetPath).Append("\"></head><body><main class=\"page\">");

        // The letterhead's two rows, as the .docx lays them out: the bodies beside the national title, then the
        // number beside the place and date.
        html.Append("<table class=\"letterhead\"><tr><td><p>").Append(Encode(OfficialText.Upper(document.ParentBody))).Append("</p><p><b>")
            .Append(Encode(OfficialText.Upper(document.IssuingBody))).Append("</b></p></td><td><p><b>")
            .Append(Encode(OfficialFormat.NationalTitle)).Append("</b></p><p><b>").Append(Encode(OfficialFormat.Motto)).Append("</b></p></td></tr><tr><td>");
        if (document.Number is { } number)
        {
            html.Append("<p>").Append(Encode(number.Line)).Append("</p>");
        }

        html.Append("</td><td>");
        if (document.PlaceDateLine is { } placeDate)
        {
            html.Append("<p><i>").Append(Encode(placeDate)).Append("</i></p>");
        }

        html.Append("</td></tr></table>");
        html.Append("<h1>").Append(Encode(document.Title)).Append("</h1>");
        if (document.Summary is { } summary)
        {
            html.Append("<p class=\"summary\"><b>").Append(Encode(summary)).Append("</b></p>");
        }

        if (document.Addressee is { } addressee)
        {
            html.Append("<p class=\"centered\">").Append(Encode(OfficialFormat.AddresseeLabel + addressee)).Append("</p>");
        }

        foreach (var block in document.Body)
        {
            Block(html, block);
        }

        Closing(html, document);
        if (document.Appendix is { } appendix)
        {
            html.Append("<section class=\"appendix\">");
            foreach (var title in appendix.Title)
            {
                Block(html, title with { Role = ParagraphRole.Centered });
            }

            foreach (var block in appendix.Blocks)
            {
                Block(html, block);
            }

            html.Append("</section>");
        }

        return html.Append("</main></body></html>\n").ToString();
    }

    private static void Closing(StringBuilder html, OfficialDocument document)
    {
        html.Append("<table class=\"closing\"><tr><td>");
        if (document.LeftSigner is { } left)
        {
            Signature(html, left);
        }
        else
        {
            Recipients(html, document.Recipients);
        }

        html.Append("</td><td>");
        Signature(html, document.RightSigner);
        html.Append("</td></tr></table>");
        if (document.LeftSigner is not null && document.Recipients.Count > 0)
        {
            Recipients(html, document.Recipients);
        }
    }

    private static void Signature(StringBuilder html, Signer signer)
    {
        html.Append("<div class=\"signer\"><p><b>").Append(Encode(OfficialText.Upper(signer.Authority))).Append("</b></p>");
        if (signer.Note is { } note)
        {
            html.Append("<p><i>").Append(Encode(note)).Append("</i></p>");
        }

        html.Append("<p class=\"signature-space\"></p><p><b>").Append(Encode(signer.Name ?? "………………………")).Append("</b></p></div>");
    }

    private static void Recipients(StringBuilder html, IReadOnlyList<string> recipients)
    {
        html.Append("<div class=\"recipients\"><p><b><i>").Append(Encode(OfficialFormat.RecipientsLabel)).Append("</i></b></p>");
        for (var i = 0; i < recipients.Count; i++)
        {
            html.Append("<p>- ").Append(Encode(recipients[i])).Append(i == recipients.Count - 1 ? "." : ";").Append("</p>");
        }

        html.Append("</div>");
    }

    private static void Block(StringBuilder html, DocumentBlock block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                var (tag, css) = paragraph.Role switch
                {
                    ParagraphRole.Heading => ("h2", null),
                    ParagraphRole.SubHeading => ("h3", null),
                    ParagraphRole.Centered or ParagraphRole.CellCentered => ("p", "centered"),
                    ParagraphRole.Cell => ("p", "cell"),
                    _ => ("p", null),
                };
                html.Append('<').Append(tag).Append(css is null ? "" : $" class=\"{css}\"").Append('>');
                foreach (var inline in paragraph.Inlines)
                {
                    Inline(html, inline);
                }

                html.Append("</").Append(tag).Append('>');
                break;
            case TableBlock table:
                html.Append("<table class=\"grid\"><thead><tr>");
                foreach (var column in table.Columns)
                {
                    html.Append("<th>").Append(Encode(column.Header)).Append("</th>");
                }

                html.Append("</tr></thead><tbody>");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row)
                    {
                        html.Append("<td>");
                        foreach (var inner in cell)
                        {
                            Block(html, inner);
                        }

                        html.Append("</td>");
                    }

                    html.Append("</tr>");
                }

                html.Append("</tbody></table>");
                break;
            case ControlBlock control:
                html.Append("<div class=\"control\">");
                if (control.Control.Value is { Length: > 0 } value)
                {
                    Text(html, value);
                }
                else if (control.Content.Count > 0)
                {
                    foreach (var inner in control.Content)
                    {
                        Block(html, inner);
                    }
                }
                else
                {
                    html.Append("<span class=\"placeholder\">").Append(Encode(control.Control.Placeholder)).Append("</span>");
                }

                html.Append("</div>");
                break;
        }
    }

    private static void Inline(StringBuilder html, Inline inline)
    {
        switch (inline)
        {
            case TextSpan span:
                html.Append(span.Bold ? "<b>" : "").Append(span.Italic ? "<i>" : "");
                Text(html, span.Text);
                html.Append(span.Italic ? "</i>" : "").Append(span.Bold ? "</b>" : "");
                break;
            case ControlSpan control when control.Control.Value is { Length: > 0 } value:
                Text(html, value);
                break;
            case ControlSpan control:
                html.Append("<span class=\"placeholder\">").Append(Encode(control.Control.Placeholder)).Append("</span>");
                break;
        }
    }

    /// <summary>Text with its newlines as line breaks, as in the .docx.</summary>
    private static void Text(StringBuilder html, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            html.Append(i > 0 ? "<br>" : "").Append(Encode(lines[i].TrimEnd('\r')));
        }
    }

    // XML-invalid characters (a control character a teacher pasted) are dropped as in the .docx; the rest is encoded.
    private static string Encode(string text) => Encoder.Encode(UntrustedText.ForDocument(text));
}
