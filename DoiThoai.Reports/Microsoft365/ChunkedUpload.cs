using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Graph;

namespace DoiThoai.Reports.Microsoft365;

/// <summary>
/// Sends a file through a Microsoft 365 upload session: byte ranges PUT in order to the session's pre-authenticated
/// URL, without an Authorization header (the documents say a token there may be refused). Busy answers are retried by
/// the SDK's RetryHandler (Retry-After honoured); a connection that breaks is resumed where the service says it
/// stopped (OneDrive/SharePoint) or, for an Outlook attachment, the upload starts over in a new session, after
/// checking that the lost answer was not the final one; an expired upload URL starts over as well. At most three such
/// recoveries per upload; every failure left is a Vietnamese <see cref="DoiThoaiException"/>. The SDK's LargeFileUploadTask is not used: it cannot
/// read Outlook's <c>nextExpectedRanges: ["{start}"]</c> when it resumes, does not resume after a broken connection,
/// and waits 2 s and 8 s between its own tries.
/// </summary>
internal sealed class ChunkedUpload(UploadKind kind, string task, HttpClient? http = null)
{
    /// <summary>
    /// 3,932,160 bytes: twelve times 320 KiB (OneDrive/SharePoint wants multiples of it) and under the 4 MB an Outlook
    /// slice may hold, so one size serves both.
    /// </summary>
    public const int SliceSize = 12 * 320 * 1024;

    // Recoveries (resume, restart) allowed per upload, so a service that keeps failing cannot keep us looping.
    private const int MaxRecoveries = 3;

    // Without credentials: the upload URL carries its own authorization. One client for the process (sockets are pooled).
    private static readonly Lazy<HttpClient> SharedHttp = new(() => GraphClientFactory.Create());

    private readonly HttpClient _http = http ?? SharedHttp.Value;

    /// <summary>Uploads <paramref name="content"/>.</summary>
    /// <param name="content">The whole file (documents are small enough to hold).</param>
    /// <param name="startSession">Creates an upload session through Graph and returns its upload URL; called again to start over.</param>
    /// <param name="findFinished">Looks whether an upload whose last answer was lost completed anyway (the attachment is there); null when that cannot be known.</param>
    /// <param name="cancellationToken">Stops between slices.</param>
    public async Task<UploadCompletion> RunAsync(
        ReadOnlyMemory<byte> content,
        Func<CancellationToken, Task<string>> startSession,
        Func<CancellationToken, Task<UploadCompletion?>>? findFinished,
        CancellationToken cancellationToken)
    {
        var url = await startSession(cancellationToken);
        var next = 0L;
        var recoveries = 0;
        void Recover(Exception? cause = null)
        {
            if (++recoveries > MaxRecoveries)
            {
                throw new DoiThoaiException(ErrorCodes.GraphUnavailable, Microsoft365Messages.UploadFailed(task), cause);
            }
        }

        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Answer? answer = null;
                if (next < content.Length)
                {
                    try
                    {
                        answer = await PutAsync(url, content, next, Math.Min(next + SliceSize, content.Length) - 1, cancellationToken);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException { InnerException: TimeoutException })
                    {
                        // The service ignores the bytes of a broken request; OneDrive/SharePoint can say where it stands.
                        Recover(ex);
                        if (kind == UploadKind.DriveItem && await StatusAsync(url, cancellationToken) is { } resumeAt)
                        {
                            next = resumeAt;
                            continue;
                        }
                    }
                }

                if (answer is { NextStart: { } start, Status: 200 or 202 })
                {
                    if (start <= next)
                    {
                        Recover();
                    }

                    next = start;
                    continue;
                }

                switch (answer?.Status)
                {
                    case 200 or 201:
                        return new UploadCompletion(answer.Status, answer.Location, answer.Json);
                    case 416 when kind == UploadKind.DriveItem:
                        // The slice had been received already and its answer lost: go on from where the service is.
                        Recover();
                        next = await StatusAsync(url, cancellationToken) ?? throw Failed(answer);
                        continue;
                    case 429 or 503 or 504:
                        throw new DoiThoaiException(ErrorCodes.GraphBusy, Microsoft365Messages.Busy(task));
                    case null or 401 or 403 or 404:
                        // A broken connection without a way to resume, every byte sent without a final answer, or an
                        // upload URL expired or gone (the documents say: start the upload over). First look whether
                        // the lost answer was the final one.
                        if (answer is not null || next >= content.Length)
                        {
                            Recover();
                        }

                        if (findFinished is not null && await findFinished(cancellationToken) is { } finished)
                        {
                            return finished;
                        }

                        if (answer is null)
                        {
                            await CancelAsync(url);
                        }

                        url = await startSession(cancellationToken);
                        next = 0;
                        continue;
                    default:
                        throw Failed(answer);
                }
            }
        }
        catch (AggregateException ex)
        {
            // The RetryHandler gave up on 429/503/504.
            await CancelAsync(url);
            throw new DoiThoaiException(ErrorCodes.GraphBusy, Microsoft365Messages.Busy(task), ex);
        }
        catch (DoiThoaiException)
        {
            await CancelAsync(url);
            throw;
        }
    }

    private DoiThoaiException Failed(Answer answer)
    {
        var (code, message) = ErrorOf(answer.Json);
        return new DoiThoaiException(ErrorCodes.GraphUnavailable, Microsoft365Messages.Error(task, answer.Status, code, message));
    }

    private async Task<Answer> PutAsync(string url, ReadOnlyMemory<byte> content, long first, long last, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = new ReadOnlyMemoryContent(content[(int)first..(int)(last + 1)]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Content.Headers.ContentRange = new ContentRangeHeaderValue(first, last, content.Length);
        using var response = await _http.SendAsync(request, cancellationToken);
        return await AnswerOf(response, cancellationToken);
    }

    /// <summary>Where a OneDrive/SharePoint session wants the next byte, or null when the session is gone.</summary>
    private async Task<long?> StatusAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(url, cancellationToken);
            var answer = await AnswerOf(response, cancellationToken);
            return answer.Status == 200 ? answer.NextStart : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Tells the service to drop a session that will not be finished (best effort: it expires anyway).</summary>
    private async Task CancelAsync(string url)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            using var response = await _http.DeleteAsync(url, timeout.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or AggregateException)
        {
            // The session expires by itself; nothing else to do.
        }
    }

    private static async Task<Answer> AnswerOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var json = await response.Content.ReadAsStringAsync(cancellationToken);
        return new Answer((int)response.StatusCode, response.Headers.Location, json.Length == 0 ? null : json, NextStartOf(json));
    }

    /// <summary>
    /// The lowest start in <c>nextExpectedRanges</c> (OneDrive writes <c>"26-"</c> or <c>"12345-55232"</c>, Outlook
    /// <c>"2097152"</c>; Outlook spells the other properties with a capital), or null when there is none: the final answer.
    /// </summary>
    internal static long? NextStartOf(string json)
    {
        if (json.Length == 0 || json[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!property.NameEquals("nextExpectedRanges") && !string.Equals(property.Name, "nextExpectedRanges", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                long? lowest = null;
                foreach (var range in property.Value.EnumerateArray())
                {
                    var text = range.GetString() ?? "";
                    var dash = text.IndexOf('-', StringComparison.Ordinal);
                    if (long.TryParse(dash < 0 ? text : text[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var start))
                    {
                        lowest = lowest is { } l ? Math.Min(l, start) : start;
                    }
                }

                return lowest;
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private static (string? Code, string? Message) ErrorOf(string? json)
    {
        if (json is null)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (error.TryGetProperty("code", out var c) ? c.GetString() : null, error.TryGetProperty("message", out var m) ? m.GetString() : null);
            }
        }
        catch (JsonException)
        {
        }

        return (null, null);
    }

    private sealed record Answer(int Status, Uri? Location, string? Json, long? NextStart);
}
