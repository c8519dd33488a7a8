namespace DoiThoai.Reports.Mail;

/// <summary>
/// A mail as DoiThoai proposes it, before it exists anywhere: the person opens it as a draft, reads it, may change
/// it, and sends it. Plain text throughout (<see cref="HtmlBody"/> escapes it), so a name or class written with
/// markup stays text. Never holds a student's name. Immutable.
/// </summary>
/// <param name="To">Recipients; may be empty (see <see cref="Notes"/>).</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Paragraphs">The body, one paragraph each; a <c>\n</c> inside one is a line break (the signature).</param>
/// <param name="AttachmentName">The file to attach (e.g. <c>bao-cao-2022-10.docx</c>), or null for none.</param>
/// <param name="Notes">What the person should know before sending, in Vietnamese (no recipient address, classes without one).</param>
public sealed record MailContent(
    IReadOnlyList<MailRecipient> To,
    string Subject,
    IReadOnlyList<string> Paragraphs,
    string? AttachmentName,
    IReadOnlyList<string> Notes)
{
    /// <summary>The body as HTML: each paragraph a <c>&lt;p&gt;</c>, every character of the text escaped.</summary>
    public string HtmlBody => MailHtml.Body(Paragraphs);

    /// <summary>The body as plain text, paragraphs separated by a blank line.</summary>
    public string TextBody => string.Join("\n\n", Paragraphs);
}
