using System.Globalization;
using System.Text.RegularExpressions;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>
/// Upload sessions, both protocols (Graph documents, "Attach large files to Outlook messages" and "driveItem:
/// createUploadSession"): PUT byte ranges in order with <c>Content-Range</c> to a pre-authenticated URL (an
/// Authorization header is refused), Outlook at most 4 MB a slice and answering 200 with <c>nextExpectedRanges:
/// ["{start}"]</c> then 201 with <c>Location</c>; OneDrive slices a multiple of 320 KiB, answering 202 with
/// <c>["{start}-"]</c>, 416 for a range already received, then 201/200 with the driveItem; GET tells the state, DELETE
/// cancels; an expired or unknown session answers 404.
/// </summary>
public sealed partial class FakeUploads
{
    public const int OutlookSliceLimit = 4 * 1024 * 1024;
    public const int DriveFragment = 320 * 1024;

    private readonly Dictionary<string, FakeUploadSession> _sessions = [];
    private int _counter;

    public IReadOnlyList<FakeUploadSession> Sessions
    {
        get
        {
            lock (_sessions)
            {
                return [.. _sessions.Values];
            }
        }
    }

    /// <summary>PUTs that carried an Authorization header (refused; the documents say not to send one).</summary>
    public int AuthorizedPuts { get; private set; }

    /// <summary>Starts a session; <paramref name="complete"/> makes the final answer from the whole file.</summary>
    public (FakeUploadSession Session, string Url) Start(string origin, bool outlook, long? total, Func<byte[], FakeAnswer> complete)
    {
        lock (_sessions)
        {
            var token = $"session{++_counter:000}";
            var session = new FakeUploadSession(token, outlook, total, complete);
            _sessions[token] = session;
            var url = outlook ? $"{origin}/upload/outlook/{token}?authtoken=fake-{token}" : $"{origin}/upload/drive/{token}";
            return (session, url);
        }
    }

    /// <summary>Makes the session an upload URL points to expired (a fault).</summary>
    public void ExpireFor(string path)
    {
        lock (_sessions)
        {
            if (UploadPath().Match(path) is { Success: true } m && _sessions.TryGetValue(m.Groups["token"].Value, out var session))
            {
                session.Expired = true;
            }
        }
    }

    public FakeAnswer? TryAnswer(FakeHttpRequest request)
    {
        if (UploadPath().Match(request.Path) is not { Success: true } match)
        {
            return null;
        }

        Func<FakeAnswer>? finished = null;
        FakeAnswer answer;
        lock (_sessions)
        {
            if (!_sessions.TryGetValue(match.Groups["token"].Value, out var session) || session.Expired || session.Completed)
            {
                return FakeJson.Error(404, "itemNotFound", "The upload session was not found.");
            }

            answer = request.Method switch
            {
                "DELETE" => Remove(session),
                "GET" => Progress(session),
                "PUT" => Put(session, request, out finished),
                _ => FakeJson.Error(405, "invalidRequest"),
            };
        }

        // The file is handed on outside the lock: the mailbox and the drive take their own.
        return finished?.Invoke() ?? answer;
    }

    private FakeAnswer Remove(FakeUploadSession session)
    {
        _sessions.Remove(session.Token);
        return new FakeAnswer(204, null);
    }

    private FakeAnswer Put(FakeUploadSession session, FakeHttpRequest request, out Func<FakeAnswer>? finished)
    {
        finished = null;
        if (request.Header("Authorization") is not null)
        {
            AuthorizedPuts++;
            return FakeJson.Error(401, "unauthenticated", "Do not send an Authorization header to an upload URL.");
        }

        if (request.Header("Content-Range") is not { } header || ContentRange().Match(header) is not { Success: true } range)
        {
            return FakeJson.Error(400, "invalidRange", "Content-Range is required.");
        }

        var first = long.Parse(range.Groups["first"].Value, CultureInfo.InvariantCulture);
        var last = long.Parse(range.Groups["last"].Value, CultureInfo.InvariantCulture);
        var total = long.Parse(range.Groups["total"].Value, CultureInfo.InvariantCulture);
        var body = request.Body ?? [];
        var length = last - first + 1;
        session.Total ??= total;
        if (total != session.Total || body.LongLength != length || last >= total)
        {
            return FakeJson.Error(400, "invalidRange", $"The range {header} does not fit the session of {session.Total} bytes or the {body.Length} bytes sent.");
        }

        if (session.IsOutlook && length > OutlookSliceLimit)
        {
            return FakeJson.Error(413, "ErrorRequestEntityTooLarge", "A slice may hold at most 4 MB.");
        }

        if (!session.IsOutlook && length % DriveFragment != 0 && last != total - 1)
        {
            return FakeJson.Error(400, "invalidRange", "Fragments must be a multiple of 320 KiB.");
        }

        if (first != session.Next)
        {
            return !session.IsOutlook && last < session.Next
                ? FakeJson.Error(416, "invalidRange", "The fragment was already received.")
                : FakeJson.Error(400, "invalidRange", $"Expected the range to start at {session.Next}.");
        }

        session.Append(first, last, body);
        finished = session.Next == session.Total ? session.Complete() : null;
        return Progress(session, put: true);
    }

    private static FakeAnswer Progress(FakeUploadSession session, bool put = false)
    {
        var expires = session.ExpiresAt.ToString("O", CultureInfo.InvariantCulture);
        return session.IsOutlook
            ? FakeJson.Object(200, w =>
            {
                // As the documents show Outlook's answer: a capital E, and the next start alone.
                w.WriteString("@odata.context", "https://outlook.office.com/api/v2.0/$metadata#Users('fake')/Messages('fake')/AttachmentSessions/$entity");
                w.WriteString("ExpirationDateTime", expires);
                w.WriteStartArray("nextExpectedRanges");
                w.WriteStringValue(session.Next.ToString(CultureInfo.InvariantCulture));
                w.WriteEndArray();
            })
            : FakeJson.Object(put ? 202 : 200, w =>
            {
                w.WriteString("expirationDateTime", expires);
                w.WriteStartArray("nextExpectedRanges");
                w.WriteStringValue($"{session.Next}-");
                w.WriteEndArray();
            });
    }

    [GeneratedRegex("^/upload/(outlook|drive)/(?<token>[^/]+)$")]
    private static partial Regex UploadPath();

    [GeneratedRegex(@"^bytes (?<first>\d+)-(?<last>\d+)/(?<total>\d+)$")]
    private static partial Regex ContentRange();
}
