using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>
/// Documents folders in the fake drive (<see cref="FakeGraphServer.DriveId"/>), addressed by path
/// (<c>/drives/{d}/root:/{folder}/{name}:</c>) or relative to the folder's item id (<c>/drives/{d}/items/{id}:/{name}:</c>):
/// <c>GET</c> of an item, <c>PUT .../content</c> (simple upload; <c>?@microsoft.graph.conflictBehavior</c> fail,
/// replace (the default) or rename; 201 new, 200 replaced, 409 <c>nameAlreadyExists</c>), and
/// <c>POST .../createUploadSession</c> (200 with <c>uploadUrl</c>; the conflict rule applies again at the last byte).
/// Requests for other paths (the workbook) are left to the workbook fake.
/// </summary>
public sealed partial class FakeDrive(FakeUploads uploads)
{
    public const string FolderId = "01FAKEDOCFOLDER";
    public const string FolderPath = "Đối thoại/Văn bản 2022-2023";

    /// <summary>Graph's limit for a simple upload (the current documents; earlier ones said 4 MB).</summary>
    public const long SimpleUploadLimit = 250L * 1024 * 1024;

    private readonly List<FakeDriveFile> _files = [];
    private int _counter;

    public IReadOnlyList<FakeDriveFile> Files
    {
        get
        {
            lock (_files)
            {
                return [.. _files];
            }
        }
    }

    /// <summary>Puts a file there as someone else would have (not through the API under test).</summary>
    public FakeDriveFile Seed(string name, byte[] content)
    {
        lock (_files)
        {
            var file = new FakeDriveFile($"01FAKEFILE{++_counter:0000}", FolderPath, name, content) { Seeded = true };
            _files.Add(file);
            return file;
        }
    }

    public FakeDriveFile? File(string name) => Files.FirstOrDefault(f => f.Name == name);

    public FakeAnswer? TryAnswer(FakeHttpRequest request)
    {
        if (ItemPath().Match(request.Path) is not { Success: true } m || m.Groups["drive"].Value != FakeGraphServer.DriveId)
        {
            return null;
        }

        var folder = m.Groups["folderId"].Success
            ? (m.Groups["folderId"].Value == FolderId ? FolderPath : null)
            : Parent(m.Groups["path"].Value);
        var name = m.Groups["folderId"].Success ? m.Groups["path"].Value : m.Groups["path"].Value[(m.Groups["path"].Value.LastIndexOf('/') + 1)..];
        if (folder != FolderPath)
        {
            // A folder id the fake does not have is a 404; other paths belong to the workbook fake.
            return m.Groups["folderId"].Success ? FakeJson.Error(404, "itemNotFound", "The resource could not be found.") : null;
        }

        lock (_files)
        {
            var existing = _files.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            return (request.Method, m.Groups["op"].Value) switch
            {
                ("GET", "") => existing is null ? FakeJson.Error(404, "itemNotFound", "The resource could not be found.") : FakeJson.Node(200, FakeJson.Select(Json(existing), request.QueryValue("$select"))),
                ("PUT", "/content") => Put(name, request.Body ?? [], request.QueryValue("@microsoft.graph.conflictBehavior") ?? "replace"),
                ("POST", "/createUploadSession") => StartUpload(name, request),
                _ => null,
            };
        }
    }

    private FakeAnswer Put(string name, byte[] content, string conflict)
    {
        if (content.LongLength > SimpleUploadLimit)
        {
            return FakeJson.Error(413, "requestEntityTooLarge", "Use an upload session for files over 250 MB.");
        }

        var existing = _files.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        switch (conflict)
        {
            case "fail" when existing is not null:
                return FakeJson.Error(409, "nameAlreadyExists", "The specified item name already exists.");
            case "replace" when existing is not null:
                existing.Content = content;
                existing.Replacements++;
                return FakeJson.Node(200, Json(existing));
            case "rename" when existing is not null:
                name = $"{Path.GetFileNameWithoutExtension(name)} 1{Path.GetExtension(name)}";
                break;
        }

        var file = new FakeDriveFile($"01FAKEFILE{++_counter:0000}", FolderPath, name, content);
        _files.Add(file);
        return FakeJson.Node(201, Json(file));
    }

    private FakeAnswer StartUpload(string name, FakeHttpRequest request)
    {
        var item = FakeJson.Get(FakeJson.Parse(request), "item")?.AsObject();
        var conflict = item?["@microsoft.graph.conflictBehavior"]?.GetValue<string>() ?? "fail";
        if (item?["name"]?.GetValue<string>() is { } named && named != name)
        {
            return FakeJson.Error(400, "invalidRequest", "The item's name must be the one in the path.");
        }

        if (conflict == "fail" && _files.Any(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            return FakeJson.Error(409, "nameAlreadyExists", "The specified item name already exists.");
        }

        var (_, url) = uploads.Start(request.Origin, outlook: false, total: null, bytes => Completed(name, bytes, conflict));
        return FakeJson.Object(200, w =>
        {
            w.WriteString("uploadUrl", url);
            w.WriteString("expirationDateTime", DateTimeOffset.UtcNow.AddHours(1).ToString("O", CultureInfo.InvariantCulture));
        });
    }

    private FakeAnswer Completed(string name, byte[] bytes, string conflict)
    {
        lock (_files)
        {
            return Put(name, bytes, conflict);
        }
    }

    private static string? Parent(string path) => path.LastIndexOf('/') is var at and > 0 ? path[..at] : null;

    private static JsonObject Json(FakeDriveFile file) => new()
    {
        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#drives('fake')/items/$entity",
        ["id"] = file.Id,
        ["name"] = file.Name,
        ["size"] = file.Content.Length,
        ["webUrl"] = file.WebUrl,
        ["eTag"] = $"\"{{{file.Id}}},{file.Replacements + 1}\"",
        ["file"] = new JsonObject { ["mimeType"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        ["parentReference"] = new JsonObject { ["driveId"] = FakeGraphServer.DriveId, ["path"] = $"/drive/root:/{file.Folder}" },
    };

    [GeneratedRegex("^/drives/(?<drive>[^/]+)/(items/(?<folderId>[^/:]+):/(?<path>[^/:]+)|root:/(?<path>[^:]+)):(?<op>(/content|/createUploadSession)?)$")]
    private static partial Regex ItemPath();
}
