using Azure.Identity;
using DoiThoai.Reports.Microsoft365;
using DoiThoai.Reports.Submissions.Sheets;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.Workbook;
using Microsoft.Graph.Drives.Item.Items.Item.Workbook.CreateSession;
using Microsoft.Graph.Drives.Item.Items.Item.Workbook.Tables.Item.Rows.Add;
using Microsoft.Graph.Drives.Item.Items.Item.Workbook.Worksheets.Item;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// The calls DoiThoai makes to one workbook through Microsoft Graph, with the item looked up once, the session header
/// added, an expired session created anew once, and every failure turned into a Vietnamese
/// <see cref="WorkbookAccessException"/>. 429/503/504 are retried by the SDK's RetryHandler before they reach here.
/// </summary>
internal sealed class GraphWorkbookChannel(GraphServiceClient graph, GraphWorkbookLocation location)
{
    // The item segment of requests for a path location, replaced by root:/{path}: in Prepare.
    private const string PathPlaceholder = "by-path";

    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    // Graph's codes for a session that ended but may be created again.
    private static readonly HashSet<string> ExpiredSessionCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "invalidSessionReCreatable", "invalidSessionNotFound", "sessionNotFound",
    };

    private (string DriveId, string ItemId)? _item;
    private string _sheetName = WorkbookLayout.SubmissionsSheet;
    private bool _sheetConfirmed;

    public string Description => location.Description;

    /// <summary>The sheet the submissions are on: <see cref="WorkbookLayout.SubmissionsSheet"/> unless the workbook lacks it.</summary>
    public string SheetName => _sheetName;

    /// <summary>Creates a session; the caller disposes it (closeSession).</summary>
    public async Task<WorkbookSession> OpenSessionAsync(bool persistChanges, CancellationToken cancellationToken)
    {
        var session = new WorkbookSession(this, persistChanges);
        await session.StartAsync(cancellationToken);
        return session;
    }

    public async Task<string> CreateSessionIdAsync(bool persistChanges, CancellationToken cancellationToken)
    {
        var workbook = await WorkbookAsync(cancellationToken);
        var info = workbook.CreateSession.ToPostRequestInformation(new CreateSessionPostRequestBody { PersistChanges = persistChanges });
        Prepare(info, null);
        var created = await GuardAsync(
            () => graph.RequestAdapter.SendAsync(info, WorkbookSessionInfo.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken),
            GraphMessages.WorkbookNotFound(Description));
        return created?.Id ?? throw new WorkbookAccessException(GraphMessages.NoSession(Description));
    }

    /// <summary>Best effort: an unclosed session expires by itself, so a failure to close is not worth an error.</summary>
    public async Task CloseSessionAsync(string id)
    {
        try
        {
            var workbook = await WorkbookAsync(CancellationToken.None);
            var info = workbook.CloseSession.ToPostRequestInformation();
            Prepare(info, id);
            await graph.RequestAdapter.SendNoContentAsync(info, ErrorMapping, CancellationToken.None);
        }
        catch (Exception ex) when (ex is ODataError or HttpRequestException or AggregateException or WorkbookAccessException or TaskCanceledException)
        {
        }
    }

    /// <summary>The used range of the submissions sheet within rows <paramref name="firstRow"/>..<paramref name="lastRow"/>.</summary>
    public Task<WorkbookRange?> UsedRangeRowsAsync(WorkbookSession? session, int firstRow, int lastRow, string select, CancellationToken cancellationToken) =>
        SheetCallAsync(session, (sheet, id) =>
        {
            var info = sheet.UsedRangeWithValuesOnly(true).IntersectionWithAnotherRange($"{firstRow}:{lastRow}").ToGetRequestInformation();
            return SendRangeAsync(info, id, select, cancellationToken);
        }, cancellationToken);

    /// <summary>The address of the used range of the submissions sheet (a small response).</summary>
    public Task<WorkbookRange?> UsedRangeAddressAsync(WorkbookSession? session, CancellationToken cancellationToken) =>
        SheetCallAsync(session, (sheet, id) => SendRangeAsync(sheet.UsedRangeWithValuesOnly(true).ToGetRequestInformation(), id, "address", cancellationToken), cancellationToken);

    public Task<WorkbookRange?> RangeAsync(WorkbookSession? session, string address, string select, CancellationToken cancellationToken) =>
        SheetCallAsync(session, (sheet, id) => SendRangeAsync(sheet.RangeWithAddress(address).ToGetRequestInformation(), id, select, cancellationToken), cancellationToken);

    /// <summary>
    /// Sets cell values. The SDK has no PATCH for a range (msgraph-sdk-dotnet#1873), so the request is the GET one with
    /// the method changed. A null in <paramref name="values"/> leaves that cell as it is. Idempotent: the RetryHandler
    /// may repeat it.
    /// </summary>
    public Task PatchRangeAsync(WorkbookSession session, string address, UntypedArray values, CancellationToken cancellationToken) =>
        SheetCallAsync<object?>(session, async (sheet, id) =>
        {
            var info = sheet.RangeWithAddress(address).ToGetRequestInformation();
            info.HttpMethod = Method.PATCH;
            info.SetContentFromParsable(graph.RequestAdapter, "application/json", new WorkbookRange { Values = values });
            Prepare(info, id);
            await graph.RequestAdapter.SendAsync(info, WorkbookRange.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
            return null;
        }, cancellationToken);

    /// <summary>The address of the submissions table.</summary>
    public Task<WorkbookRange?> TableRangeAsync(WorkbookSession session, CancellationToken cancellationToken) =>
        CallAsync(session, async id =>
        {
            var table = (await WorkbookAsync(cancellationToken)).Tables[WorkbookLayout.SubmissionsTable];
            return await SendRangeAsync(table.Range.ToGetRequestInformation(), id, "address", cancellationToken);
        }, GraphMessages.TableNotFound(Description), cancellationToken);

    /// <summary>
    /// Adds one row at the end of the submissions table. Not idempotent, so the SDK's automatic retry is off for it: a
    /// 504 may come after the row was added, and the writer checks for the row before trying again.
    /// </summary>
    public Task AddTableRowAsync(WorkbookSession session, UntypedArray values, CancellationToken cancellationToken) =>
        CallAsync<object?>(session, async id =>
        {
            var table = (await WorkbookAsync(cancellationToken)).Tables[WorkbookLayout.SubmissionsTable];
            var info = table.Rows.Add.ToPostRequestInformation(new AddPostRequestBody { Values = values });
            info.AddRequestOptions([new RetryHandlerOption { MaxRetry = 0 }]);
            Prepare(info, id);
            await graph.RequestAdapter.SendAsync(info, WorkbookTableRow.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
            return null;
        }, GraphMessages.TableNotFound(Description), cancellationToken, idempotent: false);

    /// <summary>
    /// A call on the submissions sheet. The first time, a workbook without a sheet of that name is looked at as the
    /// local reader does: the sheet holding the submissions table, else the first sheet.
    /// </summary>
    private async Task<T> SheetCallAsync<T>(WorkbookSession? session, Func<WorkbookWorksheetItemRequestBuilder, string?, Task<T>> call, CancellationToken cancellationToken)
    {
        Task<T> Run() => CallAsync(session, async id => await call((await WorkbookAsync(cancellationToken)).Worksheets[_sheetName], id), GraphMessages.SheetNotFound(Description), cancellationToken);
        try
        {
            var result = await Run();
            _sheetConfirmed = true;
            return result;
        }
        catch (WorkbookAccessException ex) when (!_sheetConfirmed && ex.InnerException is ODataError { ResponseStatusCode: 404 })
        {
            _sheetConfirmed = true;
            if (await OtherSheetAsync(session, cancellationToken) is not { } other)
            {
                throw;
            }

            _sheetName = other;
            return await Run();
        }
    }

    private async Task<string?> OtherSheetAsync(WorkbookSession? session, CancellationToken cancellationToken)
    {
        try
        {
            var workbook = await WorkbookAsync(cancellationToken);
            var byTable = workbook.Tables[WorkbookLayout.SubmissionsTable].Worksheet.ToGetRequestInformation(c => c.QueryParameters.Select = ["name"]);
            Prepare(byTable, session?.Id);
            if ((await graph.RequestAdapter.SendAsync(byTable, WorkbookWorksheet.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken))?.Name is { } name)
            {
                return name;
            }
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
        }

        try
        {
            var workbook = await WorkbookAsync(cancellationToken);
            var first = workbook.Worksheets.ToGetRequestInformation(c =>
            {
                c.QueryParameters.Select = ["name"];
                c.QueryParameters.Top = 1;
            });
            Prepare(first, session?.Id);
            var sheets = await graph.RequestAdapter.SendAsync(first, WorkbookWorksheetCollectionResponse.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
            return sheets?.Value?.FirstOrDefault()?.Name;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Runs one call in <paramref name="session"/>. If Graph says the session expired, creates a new one and runs the
    /// call once more; if the connection broke and the call is idempotent (reads, PATCH of fixed values), runs it once
    /// more too (the SDK retries only answers, not broken connections). Failures become
    /// <see cref="WorkbookAccessException"/>, except that for a call that is not <paramref name="idempotent"/> the
    /// 429/503/504 and transport failures are left to the caller, which must look before it repeats the call.
    /// </summary>
    public async Task<T> CallAsync<T>(WorkbookSession? session, Func<string?, Task<T>> call, string notFound, CancellationToken cancellationToken, bool idempotent = true)
    {
        var renewedSession = false;
        var reconnected = false;
        while (true)
        {
            WorkbookAccessException? translated = null;
            try
            {
                return await call(session?.Id);
            }
            catch (ODataError error) when (session is not null && !renewedSession && IsExpiredSession(error))
            {
                renewedSession = true;
                await session.StartAsync(cancellationToken);
            }
            catch (HttpRequestException) when (idempotent && !reconnected)
            {
                reconnected = true;
            }
            catch (Exception ex) when ((idempotent || !IsTransient(ex)) && (translated = Translate(ex, notFound)) is not null)
            {
                throw translated;
            }
        }
    }

    /// <summary>Busy answers (429/503/504) the RetryHandler gave up on, and connections that broke: worth another try later.</summary>
    public static bool IsTransient(Exception ex) => ex switch
    {
        AggregateException => true,
        HttpRequestException => true,
        ODataError e => e.ResponseStatusCode is 429 or 503 or 504,
        _ => false,
    };

    // Graph puts the specific code in innerError (the SDK keeps it in AdditionalData); the top level is generic.
    private static bool IsExpiredSession(ODataError error) =>
        (error.Error?.Code is { } code && ExpiredSessionCodes.Contains(code))
        || (error.Error?.InnerError?.AdditionalData.TryGetValue("code", out var inner) == true && inner is string innerCode && ExpiredSessionCodes.Contains(innerCode));

    private async Task<WorkbookRange?> SendRangeAsync(RequestInformation info, string? sessionId, string select, CancellationToken cancellationToken)
    {
        // The SDK's range builders lack $select (msgraph-sdk-dotnet#2155); without it Graph sends eight 2-D arrays.
        info.URI = new Uri(info.URI.AbsoluteUri + "?%24select=" + select);
        Prepare(info, sessionId);
        return await graph.RequestAdapter.SendAsync(info, WorkbookRange.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
    }

    /// <summary>Adds the session header and, for a path location, puts the path into the URL.</summary>
    private void Prepare(RequestInformation info, string? sessionId)
    {
        if (location is { ItemId: null, Path: { } path })
        {
            // Graph addresses a workbook by path (drives/{id}/root:/{path}:/workbook/...), which saves a look-up request
            // per session. The SDK's ItemWithPath(...).Workbook drops the path from the URL (it sends items//workbook),
            // so the request is built for a placeholder item and the item segment replaced here.
            var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
            var uri = info.URI.AbsoluteUri;
            var placeholder = $"/items/{PathPlaceholder}";
            var at = uri.IndexOf(placeholder, StringComparison.Ordinal);
            info.URI = new Uri(uri[..at] + "/root:/" + escaped + ":" + uri[(at + placeholder.Length)..]);
        }

        if (sessionId is not null)
        {
            info.Headers.Add(WorkbookSession.Header, sessionId);
        }
    }

    /// <summary>The drive item's eTag, which changes with every change to the file: what readers cache by.</summary>
    public async Task<string?> ETagAsync(CancellationToken cancellationToken)
    {
        var notFound = GraphMessages.WorkbookNotFound(Description);
        if (location is { ItemId: null, Path: { } path, DriveId: { } drive })
        {
            // Not the SDK's Root.ItemWithPath: it reads the builder's URL template by reflection, which the Native AOT
            // publish of the command trims away (a NullReferenceException there); the placeholder item does the same.
            var info = graph.Drives[drive].Items[PathPlaceholder].ToGetRequestInformation(c => c.QueryParameters.Select = ["eTag"]);
            Prepare(info, sessionId: null);
            return (await GuardAsync(() => graph.RequestAdapter.SendAsync(info, DriveItem.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken), notFound))?.ETag;
        }

        _item ??= await ResolveAsync(cancellationToken);
        var (driveId, itemId) = _item.Value;
        return (await GuardAsync(() => graph.Drives[driveId].Items[itemId].GetAsync(c => c.QueryParameters.Select = ["eTag"], cancellationToken), notFound))?.ETag;
    }

    private async Task<WorkbookRequestBuilder> WorkbookAsync(CancellationToken cancellationToken)
    {
        if (location is { ItemId: null, Path: not null, DriveId: { } drive })
        {
            return graph.Drives[drive].Items[PathPlaceholder].Workbook;
        }

        _item ??= await ResolveAsync(cancellationToken);
        return graph.Drives[_item.Value.DriveId].Items[_item.Value.ItemId].Workbook;
    }

    private async Task<(string DriveId, string ItemId)> ResolveAsync(CancellationToken cancellationToken)
    {
        if (location is { DriveId: { } drive, ItemId: { } item })
        {
            return (drive, item);
        }

        // A sharing link has no workbook path of its own in Graph: find the item it points to once.
        var found = await GuardAsync(
            () => graph.Shares[GraphWorkbookLocation.EncodeSharingUrl(location.SharingUrl!)].DriveItem.GetAsync(c => c.QueryParameters.Select = ["id", "parentReference"], cancellationToken),
            GraphMessages.WorkbookNotFound(Description));
        var driveId = found?.ParentReference?.DriveId ?? location.DriveId;
        return found?.Id is { } id && driveId is not null
            ? (driveId, id)
            : throw new WorkbookAccessException(GraphMessages.WorkbookNotFound(Description));
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> call, string notFound)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (Translate(ex, notFound) is { } translated)
        {
            throw translated;
        }
    }

    private WorkbookAccessException? Translate(Exception ex, string notFound) => ex switch
    {
        WorkbookAccessException => null,
        OperationCanceledException when ex is not TaskCanceledException { InnerException: TimeoutException } => null,
        AggregateException => new WorkbookAccessException(GraphMessages.Busy(Description), ex),
        ODataError { ResponseStatusCode: 429 or 503 or 504 } => new WorkbookAccessException(GraphMessages.Busy(Description), ex),
        ODataError { ResponseStatusCode: 401 } => new WorkbookAccessException(GraphMessages.Unauthorized(Description), ex),
        ODataError { ResponseStatusCode: 403 } => new WorkbookAccessException(GraphMessages.Forbidden(Description), ex),
        ODataError { ResponseStatusCode: 404 } => new WorkbookAccessException(notFound, ex),
        ODataError e => new WorkbookAccessException(GraphMessages.GraphError(Description, e.ResponseStatusCode, e.Error?.Code, e.Error?.Message), ex),
        ApiException e => new WorkbookAccessException(GraphMessages.GraphError(Description, e.ResponseStatusCode, null, e.Message), ex),
        AuthenticationFailedException e => new WorkbookAccessException(GraphMessages.SignInFailed(NetworkErrors.DescribeSignIn(e)), ex),
        HttpRequestException or TaskCanceledException or IOException => new WorkbookAccessException(GraphMessages.Unreachable(Description, NetworkErrors.Describe(ex)), ex),
        _ => null,
    };
}
