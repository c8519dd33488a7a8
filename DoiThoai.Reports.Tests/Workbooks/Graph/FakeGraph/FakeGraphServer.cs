using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using DoiThoai.Reports.Submissions.Sheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>
/// A Microsoft Graph stand-in on 127.0.0.1 (real Kestrel, port chosen by the system) holding one workbook with one
/// worksheet. It answers the calls DoiThoai makes with the documented JSON shapes, counts requests and response bytes,
/// refuses responses over Graph's 5 MB limit, and injects faults on demand (<see cref="Inject"/>).
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    public const string DriveId = "b!fake-drive";
    public const string ItemId = "01FAKEWORKBOOK";
    public const string ItemPath = "Đối thoại/Sổ tổng hợp 2022-2023.xlsx";
    public const string SharingUrl = "https://truong.sharepoint.com/:x:/s/doithoai/EdTq9Xk?e=AbC123";
    public const long GraphResponseLimit = 5 * 1024 * 1024;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly WebApplication _app;
    private readonly List<FakeFault> _faults = [];
    private readonly List<FakeRequest> _requests = [];
    private readonly Dictionary<string, bool> _sessions = [];
    private int _sessionCounter;
    private int _contentVersion = 1;

    private FakeGraphServer(WebApplication app)
    {
        _app = app;
        Mailbox = new FakeMailbox(Uploads);
        Drive = new FakeDrive(Uploads);
    }

    public FakeWorksheet Sheet { get; } = new();

    /// <summary><c>http://127.0.0.1:PORT/v1.0</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The host's settings that put its workbook on this server (<c>DoiThoai:Graph:*</c>, as the command's <c>--graph-*</c>).</summary>
    public string[] HostSettings =>
    [
        $"--DoiThoai:Graph:BaseUrl={BaseUrl}",
        $"--DoiThoai:Graph:Drive={DriveId}",
        $"--DoiThoai:Graph:Item={ItemId}",
    ];

    public int SessionsCreated { get; private set; }

    /// <summary>Runs right after a PATCH is applied: someone else editing the sheet between our write and our check.</summary>
    public Action<FakeWorksheet>? AfterPatch { get; set; }

    public int SessionsClosed { get; private set; }

    /// <summary>Answers refused (413) for being over Graph's 5 MB.</summary>
    public int OversizedAnswers { get; private set; }

    /// <summary>The most persistent (writing) sessions that were open at the same time.</summary>
    public int MostWritingSessionsAtOnce { get; private set; }

    /// <summary>Sessions created with persistChanges=true.</summary>
    public int PersistentSessionsCreated { get; private set; }

    /// <summary>The drive item's eTag now (<c>"{ITEMID},N"</c>, as OneDrive's); it moves on with every change to the content.</summary>
    public string ItemETag => $"\"{{{ItemId}}},{Volatile.Read(ref _contentVersion)}\"";

    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseUrl = address.TrimEnd('/') + "/v1.0";
        return server;
    }

    /// <summary>
    /// Someone else saves the workbook (Excel for the web, another device): <paramref name="change"/> applied to the
    /// sheet, and the drive item's eTag and cTag move on, as OneDrive's do with any change to the file.
    /// </summary>
    public void EditElsewhere(Action<FakeWorksheet>? change = null)
    {
        change?.Invoke(Sheet);
        Interlocked.Increment(ref _contentVersion);
    }

    public void Inject(FakeFault fault)
    {
        lock (_faults)
        {
            _faults.Add(fault);
        }
    }

    /// <summary>Removes the faults not yet used (parallel requests make their count hard to predict).</summary>
    public void ClearFaults()
    {
        lock (_faults)
        {
            _faults.Clear();
        }
    }

    public void ClearLog()
    {
        lock (_requests)
        {
            _requests.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var received = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var rawPath = rawTarget.Split('?')[0];
        var path = Uri.UnescapeDataString(rawPath);
        path = path.StartsWith("/v1.0", StringComparison.Ordinal) ? path["/v1.0".Length..] : path;
        var method = context.Request.Method;
        var sessionId = context.Request.Headers["workbook-session-id"].FirstOrDefault();
        var authorization = context.Request.Headers.Authorization.FirstOrDefault();
        byte[]? bytes = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.ContainsKey("Transfer-Encoding"))
        {
            // Bytes, not text: uploads carry binary slices.
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            bytes = buffer.ToArray();
        }

        var request = OfficeRequest(context, method, path, bytes);
        var contentRange = context.Request.Headers.ContentRange.FirstOrDefault();
        void LogThis(int status, long responseBytes) =>
            Log(new FakeRequest(method, path, rawTarget, sessionId, status, responseBytes, authorization, bytes?.LongLength ?? 0, contentRange, received, clock.Elapsed));

        var fault = TakeFault(method, path);
        if (fault?.Kind == FakeFaultKind.Abort)
        {
            LogThis(0, 0);
            context.Abort();
            return;
        }

        if (fault?.Kind == FakeFaultKind.ExpireSession)
        {
            lock (_sessions)
            {
                _sessions.Clear();
            }
        }

        if (fault?.Kind == FakeFaultKind.ExpireUpload)
        {
            Uploads.ExpireFor(path);
        }

        FakeAnswer answer;
        if (fault?.Kind == FakeFaultKind.Status)
        {
            answer = Answer(StatusError(fault.Status));
        }
        else if (fault?.Kind == FakeFaultKind.Challenge)
        {
            answer = ClaimsChallenge(fault.Claims ?? FakeFault.DefaultClaims);
        }
        else
        {
            try
            {
                if (TryOffice(request) is { } office)
                {
                    answer = office;
                }
                else
                {
                    // Decoded only here: upload slices are binary, and decoding megabytes of them as text is slow.
                    var body = bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);
                    lock (Sheet)
                    {
                        answer = Answer(Route(method, path, context.Request.Query["$select"].FirstOrDefault(), sessionId, body));
                    }
                }
            }
            catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or NullReferenceException)
            {
                answer = Answer(Error(400, "invalidRequest", ex.Message));
            }

            if (fault?.Kind == FakeFaultKind.StatusAfterApplying)
            {
                answer = Answer(Error(fault.Status, "gatewayTimeout"));
            }

            if (fault?.Kind == FakeFaultKind.SlowAfterApplying)
            {
                await Task.Delay(TimeSpan.FromSeconds(fault.DelaySeconds));
            }

            if (fault?.Kind == FakeFaultKind.AbortAfterApplying)
            {
                LogThis(0, 0);
                context.Abort();
                return;
            }
        }

        if (answer.Body is { LongLength: > GraphResponseLimit })
        {
            OversizedAnswers++;
            answer = Answer(Error(413, "payloadTooLarge", $"{answer.Body.LongLength} bytes is over the limit", "payloadTooLargeUncategorized"));
        }

        context.Response.StatusCode = answer.Status;
        if (fault is { Kind: FakeFaultKind.Status or FakeFaultKind.StatusAfterApplying, RetryAfterSeconds: { } retryAfter })
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        LogThis(answer.Status, answer.Body?.LongLength ?? 0);
        if (answer.Body is { } answerBytes)
        {
            context.Response.ContentType = answer.ContentType;
            context.Response.ContentLength = answerBytes.LongLength;
            await context.Response.Body.WriteAsync(answerBytes);
        }
        else
        {
            context.Response.ContentLength = 0;
        }
    }

    private static FakeAnswer Answer((int Status, byte[]? Body) answer) => new(answer.Status, answer.Body);

    private (int, byte[]?) Route(string method, string path, string? select, string? sessionId, string? body)
    {
        if (method == "GET" && ItemByPath().Match(path) is { Success: true } byPath)
        {
            return byPath.Groups["drive"].Value == DriveId && byPath.Groups["path"].Value == ItemPath ? DriveItem() : Error(404, "itemNotFound");
        }

        if (method == "GET" && ItemById().Match(path) is { Success: true } byId)
        {
            return byId.Groups["drive"].Value == DriveId && byId.Groups["item"].Value == ItemId ? DriveItem() : Error(404, "itemNotFound");
        }

        if (method == "GET" && Share().Match(path) is { Success: true } share)
        {
            return share.Groups["id"].Value == ShareId(SharingUrl) ? DriveItem() : Error(404, "itemNotFound");
        }

        var workbook = Workbook().Match(path);
        if (!workbook.Success || workbook.Groups["drive"].Value != DriveId
            || (workbook.Groups["item"].Success ? workbook.Groups["item"].Value != ItemId : workbook.Groups["path"].Value != ItemPath))
        {
            return Error(404, "itemNotFound", "The resource could not be found.");
        }

        var rest = workbook.Groups["rest"].Value;
        if (method == "POST" && rest == "createSession")
        {
            var persist = JsonDocument.Parse(body ?? "{}").RootElement.TryGetProperty("persistChanges", out var p) && p.GetBoolean();
            var id = $"session-{++_sessionCounter}";
            lock (_sessions)
            {
                _sessions[id] = persist;
                MostWritingSessionsAtOnce = Math.Max(MostWritingSessionsAtOnce, _sessions.Count(x => x.Value));
            }

            SessionsCreated++;
            PersistentSessionsCreated += persist ? 1 : 0;
            return (201, Json(w =>
            {
                w.WriteString("id", id);
                w.WriteBoolean("persistChanges", persist);
            }));
        }

        bool persistent;
        lock (_sessions)
        {
            if (sessionId is not null && !_sessions.ContainsKey(sessionId))
            {
                return Error(404, "notFound", "The session specified in the request does not exist or is invalid due to a transient error.", "invalidSessionReCreatable");
            }

            persistent = sessionId is null || _sessions[sessionId];
            if (method == "POST" && rest == "closeSession")
            {
                _sessions.Remove(sessionId ?? "");
                SessionsClosed++;
                return (204, null);
            }
        }

        if (method == "GET" && rest == "worksheets")
        {
            return (200, Json(w =>
            {
                w.WriteStartArray("value");
                w.WriteStartObject();
                w.WriteString("name", Sheet.Name);
                w.WriteEndObject();
                w.WriteEndArray();
            }));
        }

        if (Worksheet().Match(rest) is { Success: true } sheet)
        {
            if (sheet.Groups["sheet"].Value != Sheet.Name)
            {
                return Error(404, "itemNotFound", "The requested resource doesn't exist.");
            }

            var operation = sheet.Groups["op"].Value;
            if (method == "GET" && UsedRange().Match(operation) is { Success: true } used)
            {
                var u = Sheet.UsedRange();
                if (used.Groups["other"].Success)
                {
                    var other = ParseAddress(used.Groups["other"].Value);
                    var first = Math.Max(u.FirstRow, other.FirstRow);
                    var last = Math.Min(u.LastRow, other.LastRow);
                    var firstColumn = Math.Max(u.FirstColumn, other.FirstColumn);
                    var lastColumn = Math.Min(u.LastColumn, other.LastColumn);
                    if (first > last || firstColumn > lastColumn)
                    {
                        return Error(404, "itemNotFound", "The requested resource doesn't exist.");
                    }

                    u = (first, firstColumn, last, lastColumn);
                }

                return RangeJson(u, select);
            }

            if (RangeByAddress().Match(operation) is { Success: true } range)
            {
                var address = ParseAddress(range.Groups["address"].Value);
                if (method == "GET")
                {
                    return RangeJson(address, select);
                }

                if (method == "PATCH")
                {
                    if (persistent)
                    {
                        var values = JsonDocument.Parse(body!).RootElement.GetProperty("values");
                        var row = address.FirstRow;
                        foreach (var rowValues in values.EnumerateArray())
                        {
                            var column = address.FirstColumn;
                            foreach (var value in rowValues.EnumerateArray())
                            {
                                Sheet.Write(row, column++, value);
                            }

                            row++;
                        }

                        Interlocked.Increment(ref _contentVersion);
                        AfterPatch?.Invoke(Sheet);
                    }

                    return RangeJson(address, null);
                }
            }
        }

        if (Table().Match(rest) is { Success: true } table)
        {
            if (table.Groups["table"].Value != Sheet.TableName || Sheet.Table is not { } t)
            {
                return Error(404, "itemNotFound", "The requested resource doesn't exist.");
            }

            if (method == "GET" && table.Groups["op"].Value == "worksheet")
            {
                return (200, Json(w => w.WriteString("name", Sheet.Name)));
            }

            if (method == "GET" && table.Groups["op"].Value.StartsWith("range", StringComparison.Ordinal))
            {
                return RangeJson(t, select);
            }

            if (method == "POST" && table.Groups["op"].Value == "rows/add")
            {
                var values = JsonDocument.Parse(body!).RootElement.GetProperty("values");
                var index = Sheet.Table!.Value.LastRow - t.FirstRow;
                foreach (var row in values.EnumerateArray())
                {
                    if (persistent)
                    {
                        Sheet.AddTableRow(row);
                        Interlocked.Increment(ref _contentVersion);
                    }
                }

                return (201, Json(w =>
                {
                    w.WriteNumber("index", index);
                    w.WritePropertyName("values");
                    values.WriteTo(w);
                }));
            }
        }

        return Error(400, "invalidRequest", $"The fake does not know {method} {path}.");
    }

    private (int, byte[]) RangeJson((int FirstRow, int FirstColumn, int LastRow, int LastColumn) r, string? select)
    {
        var wanted = select?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        bool Has(string property) => wanted is null || wanted.Contains(property);
        var address = $"{Sheet.Name}!{CellAddress.Of(r.FirstColumn, r.FirstRow)}:{CellAddress.Of(r.LastColumn, r.LastRow)}";
        return (200, Json(w =>
        {
            if (Has("address"))
            {
                w.WriteString("address", address);
            }

            if (Has("addressLocal"))
            {
                w.WriteString("addressLocal", address);
            }

            if (Has("rowCount"))
            {
                w.WriteNumber("rowCount", r.LastRow - r.FirstRow + 1);
            }

            if (Has("columnCount"))
            {
                w.WriteNumber("columnCount", r.LastColumn - r.FirstColumn + 1);
            }

            if (Has("values"))
            {
                Grid(w, "values", r, (row, column) => WriteValue(w, Sheet[row, column]?.Value));
            }

            if (Has("text"))
            {
                Grid(w, "text", r, (row, column) => w.WriteStringValue(Text(row, column)));
            }

            if (Has("numberFormat"))
            {
                Grid(w, "numberFormat", r, (row, column) => w.WriteStringValue(Sheet.NumberFormat(row, column)));
            }

            if (Has("valueTypes"))
            {
                Grid(w, "valueTypes", r, (row, column) => w.WriteStringValue(Sheet[row, column]?.Value switch
                {
                    null => "Empty",
                    double => "Double",
                    bool => "Boolean",
                    string s when s.StartsWith('#') => "Error",
                    _ => "String",
                }));
            }

            if (Has("formulas"))
            {
                Grid(w, "formulas", r, (row, column) => WriteValue(w, Sheet[row, column] is { } cell ? cell.Formula ?? cell.Value : null));
            }
        }));
    }

    private string Text(int row, int column) => Sheet[row, column]?.Value switch
    {
        null => "",
        double d when FakeNumberFormats.IsDate(Sheet.NumberFormat(row, column)) => DateTime.FromOADate(d).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        var v => v.ToString()!,
    };

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteStringValue("");
                break;
            case double d when d == Math.Floor(d) && Math.Abs(d) < 1e15:
                w.WriteNumberValue((long)d);
                break;
            case double d:
                w.WriteNumberValue(d);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            default:
                w.WriteStringValue(value.ToString());
                break;
        }
    }

    private static void Grid(Utf8JsonWriter w, string name, (int FirstRow, int FirstColumn, int LastRow, int LastColumn) r, Action<int, int> cell)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        for (var row = r.FirstRow; row <= r.LastRow; row++)
        {
            w.WriteStartArray();
            for (var column = r.FirstColumn; column <= r.LastColumn; column++)
            {
                cell(row, column);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    // driveItem's eTag and cTag change with the file's content, as OneDrive's do.
    private (int, byte[]) DriveItem() => (200, Json(w =>
    {
        w.WriteString("id", ItemId);
        w.WriteString("eTag", ItemETag);
        w.WriteString("cTag", $"\"c:{{{ItemId}}},{Volatile.Read(ref _contentVersion)}\"");
        w.WriteString("name", ItemPath.Split('/')[^1]);
        w.WriteStartObject("parentReference");
        w.WriteString("driveId", DriveId);
        w.WriteEndObject();
    }));

    /// <summary>Graph's error shape: a generic top-level code, the specific one in innerError.</summary>
    /// <summary>A fault's answer: the code and message of the workbook API's documented error table for that status.</summary>
    private static (int, byte[]) StatusError(int status) => status switch
    {
        400 => Error(400, "badRequest", "The request is malformed or incorrect."),
        409 => Error(409, "conflict", "The current state conflicts with what the request expects."),
        413 => Error(413, "payloadTooLarge", "The request size exceeds the maximum limit."),
        429 => Error(429, "tooManyRequests", "The app or user has been throttled."),
        500 => Error(500, "internalServerError", "An internal server error occurred while processing the request."),
        503 => Error(503, "serviceUnavailable", "The service isn't available. Try your request again."),
        504 => Error(504, "gatewayTimeout", "The server, while acting as a proxy, didn't receive a timely response from the upstream server it needed to access in attempting to complete the request."),
        _ => Error(status, "generalException"),
    };

    private static (int, byte[]) Error(int status, string code, string? message = null, string? innerCode = null) => (status, Json(w =>
    {
        w.WriteStartObject("error");
        w.WriteString("code", code);
        w.WriteString("message", message ?? code);
        if (innerCode is not null)
        {
            w.WriteStartObject("innerError");
            w.WriteString("code", innerCode);
            w.WriteString("message", message ?? innerCode);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }));

    private static byte[] Json(Action<Utf8JsonWriter> properties)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            properties(w);
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>A1 address (<c>A1:N10</c>, <c>B3</c>) or whole rows (<c>1:6000</c>), zero-based columns.</summary>
    private static (int FirstRow, int FirstColumn, int LastRow, int LastColumn) ParseAddress(string address)
    {
        address = address[(address.LastIndexOf('!') + 1)..].Replace("$", "", StringComparison.Ordinal);
        var parts = address.Split(':');
        var first = Part(parts[0], isLast: false);
        var last = Part(parts.Length > 1 ? parts[1] : parts[0], isLast: true);
        return (first.Row, first.Column, last.Row, last.Column);

        static (int Row, int Column) Part(string part, bool isLast)
        {
            var letters = new string(part.TakeWhile(char.IsAsciiLetter).ToArray());
            var digits = part[letters.Length..];
            var column = letters.Length == 0 ? (isLast ? 16_383 : 0) : CellAddress.ColumnIndex(letters);
            var row = digits.Length == 0 ? (isLast ? 1_048_576 : 1) : int.Parse(digits, CultureInfo.InvariantCulture);
            return (row, column);
        }
    }

    private FakeFault? TakeFault(string method, string path)
    {
        lock (_faults)
        {
            var index = _faults.FindIndex(f => f.Matches(method, path));
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index];
            _faults.RemoveAt(index);
            if (fault.After > 0)
            {
                // Let this matching request through; the fault waits for a later one.
                _faults.Insert(index, fault with { After = fault.After - 1 });
                return null;
            }

            if (fault.Times > 1)
            {
                _faults.Insert(index, fault with { Times = fault.Times - 1 });
            }

            return fault;
        }
    }

    private void Log(FakeRequest request)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }
    }

    private static string ShareId(string url) =>
        "u!" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(url)).TrimEnd('=').Replace('/', '_').Replace('+', '-');

    [GeneratedRegex("^/drives/(?<drive>[^/]+)/root:/(?<path>.+):$")]
    private static partial Regex ItemByPath();

    [GeneratedRegex("^/drives/(?<drive>[^/]+)/items/(?<item>[^/]+)$")]
    private static partial Regex ItemById();

    [GeneratedRegex("^/shares/(?<id>[^/]+)/driveItem$")]
    private static partial Regex Share();

    [GeneratedRegex("^/drives/(?<drive>[^/]+)/(items/(?<item>[^/]+)|root:/(?<path>.+):)/workbook/(?<rest>.+)$")]
    private static partial Regex Workbook();

    [GeneratedRegex(@"^worksheets(/|\(')(?<sheet>[^/']+)('\))?/(?<op>.+)$")]
    private static partial Regex Worksheet();

    [GeneratedRegex(@"^usedRange\(valuesOnly=true\)(/intersection\(anotherRange='(?<other>[^']+)'\))?$")]
    private static partial Regex UsedRange();

    [GeneratedRegex(@"^range\(address='(?<address>[^']+)'\)$")]
    private static partial Regex RangeByAddress();

    [GeneratedRegex(@"^tables(/|\(')(?<table>[^/']+)('\))?/(?<op>range(\(\))?|rows/add|worksheet)$")]
    private static partial Regex Table();
}
