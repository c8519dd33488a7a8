using DoiThoai.Reports.Microsoft365;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace DoiThoai.Reports.Documents.Storage;

/// <summary>
/// Saves generated documents into a OneDrive/SharePoint folder (<see cref="GraphDocumentFolder"/>, delegated
/// <c>Files.ReadWrite.All</c>): one <c>PUT .../content</c> up to 4 MB, an upload session above. A name DoiThoai
/// generates (<see cref="GeneratedDocumentNames"/>) replaces the file of that name; any other name never replaces
/// anything (it is looked up first, and written with <c>conflictBehavior=fail</c> against a race). Thread-safe.
/// </summary>
public sealed class GraphDocumentStore(GraphServiceClient graph, GraphDocumentFolder folder)
{
    /// <summary>
    /// The largest file sent in one request. Graph now documents 250 MB for this call, earlier pages 4 MB; 4 MB holds
    /// every document we make, keeps a request short for the host, and is safe with both.
    /// </summary>
    public const int SimpleUploadLimit = 4 * 1024 * 1024;

    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    private static readonly char[] ForbiddenInNames = ['"', '*', ':', '<', '>', '?', '/', '\\', '|'];

    public GraphDocumentFolder Folder => folder;

    /// <summary>Saves <paramref name="content"/> as <paramref name="fileName"/> in the folder.</summary>
    /// <exception cref="DoiThoaiException">
    /// <see cref="ErrorCodes.BadInput"/> for a name OneDrive refuses; <see cref="ErrorCodes.OutputExists"/> when a file
    /// of a name DoiThoai does not generate is there already; Microsoft 365 failures (<see cref="ConsentRequiredException"/> among them).
    /// </exception>
    public async Task<StoredDocument> SaveAsync(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var name = CheckName(fileName);
        var task = StorageMessages.Task(folder, name);
        var replace = GeneratedDocumentNames.IsGenerated(name);
        if (!replace && await ExistsAsync(name, task, cancellationToken))
        {
            throw new DoiThoaiException(ErrorCodes.OutputExists, StorageMessages.Exists(folder, name));
        }

        var conflict = replace ? "replace" : "fail";
        DriveItem? item;
        try
        {
            item = content.Length <= SimpleUploadLimit
                ? await GraphFailures.GuardAsync(() => PutAsync(name, content, conflict, cancellationToken), task, StorageMessages.Permission)
                : await UploadAsync(name, content, conflict, task, cancellationToken);
        }
        catch (DoiThoaiException ex) when (ex.InnerException is ODataError { ResponseStatusCode: 409 })
        {
            // Someone saved a file of that name between the look-up and the upload.
            throw new DoiThoaiException(ErrorCodes.OutputExists, StorageMessages.Exists(folder, name), ex);
        }

        return item?.Id is { } id
            ? new StoredDocument(id, item.Name ?? name, item.WebUrl)
            : throw new DoiThoaiException(ErrorCodes.GraphUnavailable, StorageMessages.NoItemReturned);
    }

    private async Task<DriveItem?> PutAsync(string name, byte[] content, string conflict, CancellationToken cancellationToken)
    {
        var info = new RequestInformation
        {
            HttpMethod = Method.PUT,
            URI = Address(name, $"/content?@microsoft.graph.conflictBehavior={conflict}"),
        };
        info.SetStreamContent(new MemoryStream(content, writable: false), "application/octet-stream");
        return await graph.RequestAdapter.SendAsync(info, DriveItem.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
    }

    private async Task<DriveItem?> UploadAsync(string name, byte[] content, string conflict, string task, CancellationToken cancellationToken)
    {
        var upload = new ChunkedUpload(UploadKind.DriveItem, task);
        var done = await upload.RunAsync(
            content,
            async ct =>
            {
                var body = new CreateUploadSessionPostRequestBody
                {
                    Item = new DriveItemUploadableProperties
                    {
                        Name = name,
                        AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = conflict },
                    },
                };
                var info = new RequestInformation { HttpMethod = Method.POST, URI = Address(name, "/createUploadSession") };
                info.SetContentFromParsable(graph.RequestAdapter, "application/json", body);
                var session = await GraphFailures.GuardAsync(
                    () => graph.RequestAdapter.SendAsync(info, UploadSession.CreateFromDiscriminatorValue, ErrorMapping, ct), task, StorageMessages.Permission);
                return session?.UploadUrl ?? throw new DoiThoaiException(ErrorCodes.GraphUnavailable, Microsoft365Messages.UploadFailed(task));
            },
            findFinished: null,
            cancellationToken);
        return done.Json is { } json ? await KiotaJsonSerializer.DeserializeAsync(json, DriveItem.CreateFromDiscriminatorValue, cancellationToken) : null;
    }

    private async Task<bool> ExistsAsync(string name, string task, CancellationToken cancellationToken)
    {
        var info = new RequestInformation { HttpMethod = Method.GET, URI = Address(name, "?$select=id") };
        try
        {
            await GraphFailures.GuardAsync(() => graph.RequestAdapter.SendAsync(info, DriveItem.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken), task, StorageMessages.Permission);
            return true;
        }
        catch (DoiThoaiException ex) when (ex.InnerException is ODataError { ResponseStatusCode: 404 })
        {
            return false;
        }
    }

    private Uri Address(string name, string rest) => new(graph.RequestAdapter.BaseUrl!.TrimEnd('/') + folder.ItemAddress(name) + rest);

    private static string CheckName(string fileName)
    {
        var name = fileName ?? "";
        if (name.Length == 0 || name.Trim() != name || name.IndexOfAny(ForbiddenInNames) >= 0 || name.Any(char.IsControl)
            || !name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || name.Length > 255)
        {
            throw new DoiThoaiException(ErrorCodes.BadInput, StorageMessages.BadName(fileName ?? ""));
        }

        return name;
    }
}
