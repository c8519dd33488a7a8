using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Reports.Microsoft365;
using Microsoft.Graph;
using Microsoft.Graph.Me.Messages.Item.Attachments.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace DoiThoai.Reports.Mail.Graph;

/// <summary>
/// Creates a draft in the signed-in person's mailbox (<c>POST /me/messages</c>, delegated <c>Mail.ReadWrite</c>) and
/// attaches a file to it: at most 3 MB in the request itself, larger through an upload session. Either the draft is
/// complete or it is deleted again; when even that fails, the message says so and names the draft. Creating a draft
/// and adding an attachment are not idempotent, so the SDK does not repeat them after a gateway timeout; instead the
/// mailbox is asked whether the first try landed (the draft carries a key of its own) before trying once more.
/// Thread-safe; one instance per signed-in person.
/// </summary>
public sealed partial class OutlookDrafts(GraphServiceClient graph)
{
    /// <summary>The largest attachment sent inline: the documents send 3 MB and more through an upload session.</summary>
    public const int InlineLimit = 3 * 1024 * 1024;

    /// <summary>The MIME type of the Word documents DoiThoai attaches.</summary>
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // A key written on each draft, to find it after a create whose answer was lost.
    private const string DraftKey = "String {b3d5e734-1573-4f58-bf39-538570d14ba3} Name DoiThoaiDraftKey";

    /// <summary>Creates the draft of <paramref name="mail"/>, with <paramref name="attachment"/> as <see cref="MailContent.AttachmentName"/>.</summary>
    /// <param name="mail">What the mail says.</param>
    /// <param name="attachment">The file's bytes; required exactly when the mail names an attachment.</param>
    /// <param name="cancellationToken">Stops the work; a half-made draft is deleted.</param>
    /// <exception cref="ConsentRequiredException">Microsoft 365 wants the person to sign in again or consent.</exception>
    /// <exception cref="DoiThoaiException">Microsoft 365 stayed busy or refused; no half-made draft is left silently.</exception>
    public async Task<CreatedDraft> CreateAsync(MailContent mail, byte[]? attachment = null, CancellationToken cancellationToken = default)
    {
        if ((mail.AttachmentName is null) != (attachment is null))
        {
            throw new ArgumentException("The attachment's bytes come with the mail's attachment name, and only with it.", nameof(attachment));
        }

        var key = Guid.NewGuid().ToString("N");
        var draft = await GraphFailures.GuardAsync(() => CreateMessageAsync(mail, key, cancellationToken), DraftMessages.Task, DraftMessages.Permission);
        var id = draft.Id ?? throw NoDraft();
        if (mail.AttachmentName is not { } name || attachment is null)
        {
            return new CreatedDraft(id, draft.WebLink, null, mail.Notes);
        }

        try
        {
            var attachmentId = attachment.Length <= InlineLimit
                ? await GraphFailures.GuardAsync(() => AttachInlineAsync(id, name, attachment, cancellationToken), DraftMessages.Task, DraftMessages.Permission)
                : await AttachLargeAsync(id, name, attachment, cancellationToken);
            return new CreatedDraft(id, draft.WebLink, attachmentId, mail.Notes);
        }
        catch (Exception ex)
        {
            var deleted = await TryDeleteAsync(id);
            if ((ex as DoiThoaiException ?? GraphFailures.Translate(ex, DraftMessages.Task, DraftMessages.Permission)) is not { } reason)
            {
                throw;
            }

            var message = deleted ? DraftMessages.NotMade(reason.Message) : DraftMessages.LeftHalfMade(mail.Subject, name, reason.Message);
            throw reason is ConsentRequiredException consent
                ? new ConsentRequiredException(message, consent.Claims, ex)
                : new DoiThoaiException(reason.Code, message, ex);
        }
    }

    private async Task<Message> CreateMessageAsync(MailContent mail, string key, CancellationToken cancellationToken)
    {
        // A new object for each request: the SDK's models remember what they sent and send only changes the next time.
        Message Draft() => new()
        {
            Subject = mail.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = mail.HtmlBody },
            ToRecipients = [.. mail.To.Select(r => new Recipient { EmailAddress = new EmailAddress { Address = r.Address, Name = r.Name } })],
            SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = DraftKey, Value = key }],
        };
        try
        {
            return await graph.Me.Messages.PostAsync(Draft(), NotRepeatedAfterTimeout, cancellationToken) ?? throw NoDraft();
        }
        catch (Exception ex) when (GraphFailures.MayHaveBeenDone(ex))
        {
            // The answer was lost: the draft may exist all the same.
            var found = await graph.Me.Messages.GetAsync(c =>
            {
                c.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{DraftKey}' and ep/value eq '{key}')";
                c.QueryParameters.Select = ["id", "webLink"];
                c.QueryParameters.Top = 1;
            }, cancellationToken);
            return found?.Value?.FirstOrDefault(m => m.Id is not null)
                ?? await graph.Me.Messages.PostAsync(Draft(), NotRepeatedAfterTimeout, cancellationToken)
                ?? throw NoDraft();
        }
    }

    private async Task<string?> AttachInlineAsync(string draftId, string name, byte[] content, CancellationToken cancellationToken)
    {
        FileAttachment File() => new() { Name = name, ContentType = ContentTypeOf(name), ContentBytes = content };
        var attachments = graph.Me.Messages[draftId].Attachments;
        try
        {
            return (await attachments.PostAsync(File(), NotRepeatedAfterTimeout, cancellationToken))?.Id;
        }
        catch (Exception ex) when (GraphFailures.MayHaveBeenDone(ex))
        {
            return await FindAttachmentAsync(draftId, name, cancellationToken)
                ?? (await attachments.PostAsync(File(), NotRepeatedAfterTimeout, cancellationToken))?.Id;
        }
    }

    private async Task<string?> AttachLargeAsync(string draftId, string name, byte[] content, CancellationToken cancellationToken)
    {
        var attachments = graph.Me.Messages[draftId].Attachments;
        string? foundId = null;
        var upload = new ChunkedUpload(UploadKind.OutlookAttachment, DraftMessages.Task);
        var done = await upload.RunAsync(
            content,
            async ct =>
            {
                var body = new CreateUploadSessionPostRequestBody
                {
                    AttachmentItem = new AttachmentItem { AttachmentType = AttachmentType.File, Name = name, Size = content.Length, ContentType = ContentTypeOf(name) },
                };
                var session = await GraphFailures.GuardAsync(() => attachments.CreateUploadSession.PostAsync(body, cancellationToken: ct), DraftMessages.Task, DraftMessages.Permission);
                return session?.UploadUrl ?? throw new DoiThoaiException(ErrorCodes.GraphUnavailable, Microsoft365Messages.UploadFailed(DraftMessages.Task));
            },
            async ct => (foundId = await GraphFailures.GuardAsync(() => FindAttachmentAsync(draftId, name, ct), DraftMessages.Task, DraftMessages.Permission)) is null
                ? null
                : new UploadCompletion(201, null, null),
            cancellationToken);
        return foundId ?? (done.Location is { } location && AttachmentInLocation().Match(Uri.UnescapeDataString(location.ToString())) is { Success: true } m ? m.Groups["id"].Value : null);
    }

    /// <summary>The attachment called <paramref name="name"/> on the draft (a draft we just made holds no other), or null.</summary>
    private async Task<string?> FindAttachmentAsync(string draftId, string name, CancellationToken cancellationToken)
    {
        var list = await graph.Me.Messages[draftId].Attachments.GetAsync(c => c.QueryParameters.Select = ["id", "name"], cancellationToken);
        return list?.Value?.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal))?.Id;
    }

    /// <summary>Deletes a half-made draft; false when it could not be deleted (it is still in the Drafts folder).</summary>
    private async Task<bool> TryDeleteAsync(string draftId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await graph.Me.Messages[draftId].DeleteAsync(cancellationToken: timeout.Token);
            return true;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return true;
        }
        catch (Exception ex) when (ex is ApiException or AggregateException or HttpRequestException or OperationCanceledException or Azure.Identity.AuthenticationFailedException or DoiThoaiException)
        {
            return false;
        }
    }

    private static DoiThoaiException NoDraft() => new(ErrorCodes.GraphUnavailable, DraftMessages.NoDraftReturned);

    private static string ContentTypeOf(string name) =>
        name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? DocxType : "application/octet-stream";

    /// <summary>Lets the SDK repeat 429 and 503 (refused before any work) but not 504, after which the draft or attachment may exist.</summary>
    private static void NotRepeatedAfterTimeout(RequestConfiguration<DefaultQueryParameters> configuration) =>
        configuration.Options.Add(new RetryHandlerOption
        {
            ShouldRetry = (_, _, response) => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable,
        });

    [GeneratedRegex(@"Attachments\('(?<id>[^']+)'\)", RegexOptions.IgnoreCase)]
    private static partial Regex AttachmentInLocation();
}
