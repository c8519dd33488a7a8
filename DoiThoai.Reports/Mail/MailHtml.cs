using System.Text;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Mail;

/// <summary>
/// Plain text made into a mail body. Only the five characters HTML gives meaning to are escaped, so Vietnamese letters
/// stay readable in the source Outlook keeps; characters XML cannot carry are dropped (<see cref="UntrustedText"/>).
/// </summary>
internal static class MailHtml
{
    public static string Body(IEnumerable<string> paragraphs)
    {
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>");
            var lines = UntrustedText.ForDocument(paragraph).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    html.Append("<br>");
                }

                Escape(lines[i], html);
            }

            html.Append("</p>\n");
        }

        return html.ToString();
    }

    public static void Escape(string text, StringBuilder html)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }
}
