using DoiThoai.Addin.Microsoft365;
using DoiThoai.Addin.ScaleOut;
using DoiThoai.Reports;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Workbooks;
using DoiThoai.Reports.Workbooks.Graph;
using DoiThoai.Reports.Workspace;
using NodaTime;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Registers the one <see cref="SchoolWorkspace"/> every request shares (its reads are cached until the workbook
/// changes; its writes take the store's transaction), built from <see cref="HostSettings"/>: the school profile (the
/// bundled one by default), the workbook (a local file, by default a sample made in the data folder on first run, or
/// one in Microsoft 365), the template, and the system clock. Tests replace <see cref="IWorkbookStore"/> or
/// <see cref="IClock"/> by registering their own after this.
/// </summary>
public static class WorkspaceHosting
{
    /// <exception cref="DoiThoaiException">A faulty profile, a missing template, contradictory workbook settings.</exception>
    public static WebApplicationBuilder AddDoiThoaiWorkspace(this WebApplicationBuilder builder, StartupNotes notes)
    {
        var settings = builder.Configuration.GetSection(HostSettings.Section).Get<HostSettings>() ?? new HostSettings();
        var root = builder.Environment.ContentRootPath;
        string Full(string path) => Path.GetFullPath(path, root);

        var school = settings.School is null ? null : Full(settings.School);
        var profile = SchoolProfileLoader.LoadFileOrDefault(school);
        var template = settings.Template is null ? null : ReadTemplate(Full(settings.Template));
        var data = Full(settings.DataDirectory);

        Func<IServiceProvider, IWorkbookStore> store;
        WorkspaceFiles files;
        if (settings.Graph.IsUsed)
        {
            if (settings.Workbook is not null)
            {
                throw new DoiThoaiException(ErrorCodes.BadInput, "Chọn một nguồn: DoiThoai:Workbook (tệp trên máy) hoặc DoiThoai:Graph (Microsoft 365), không dùng cả hai.");
            }

            var (client, location) = (GraphClient(settings.Graph), Location(settings.Graph));
            store = services => new GraphWorkbookStore(client, location, turns: services.GetRequiredService<IWorkbookTurns>());
            builder.AddWorkbookTurns(microsoft365Workbook: true, null, notes);
            files = new WorkspaceFiles(data, null, school, template?.Path, WorkspaceFiles.Microsoft365Mode);
        }
        else
        {
            var workbook = settings.Workbook is null ? Path.Combine(data, WorkspaceFiles.SampleWorkbookName) : Full(settings.Workbook);
            if (!File.Exists(workbook))
            {
                if (settings.Workbook is null)
                {
                    // First run of the embedded default: a workbook to try everything with, never over an existing one.
                    var made = new SchoolWorkspace(profile, null, SystemClock.Instance).CreateWorkbook(workbook, SampleSubmissions.SampleSize);
                    notes.Inform(HostTexts.SampleWorkbookCreated(made));
                }
                else
                {
                    notes.Warn(HostTexts.WorkbookMissing(workbook));
                }
            }

            var local = new LocalWorkbookStore(workbook);
            store = _ => local;
            builder.AddWorkbookTurns(microsoft365Workbook: false, workbook, notes);
            files = new WorkspaceFiles(data, workbook, school, template?.Path, WorkspaceFiles.LocalMode);
        }

        builder.Services.AddSingleton(files);
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddSingleton<IWorkbookStore>(services => store(services));
        builder.Services.AddSingleton(services => new SchoolWorkspace(profile, services.GetRequiredService<IWorkbookStore>(), services.GetRequiredService<IClock>(), template));
        builder.Services.AddSingleton<DocumentArchive>();

        // The embedded default: nobody signs in. Microsoft 365 mode replaces both (sign-in set-up).
        builder.Services.AddSingleton<IUserGraph, NoUserGraph>();
        builder.Services.AddSingleton<ICurrentStaff, LocalStaff>();
        return builder;
    }

    private static SchoolTemplateFile ReadTemplate(string path)
    {
        try
        {
            return new SchoolTemplateFile(path, File.ReadAllBytes(path));
        }
        catch (Exception ex) when (FileErrors.Describe(ex) is { } reason)
        {
            throw new DoiThoaiException(ErrorCodes.TemplateInvalid, $"Không đọc được mẫu văn bản '{path}' (DoiThoai:Template): {reason}", ex);
        }
    }

    private static GraphWorkbookLocation Location(GraphSettings graph) => (graph.Drive, graph.Item, graph.Path, graph.Share) switch
    {
        (null, null, null, { } link) => GraphWorkbookLocation.BySharingLink(link),
        ({ } d, { } i, null, null) when !string.IsNullOrWhiteSpace(d) && !string.IsNullOrWhiteSpace(i) => GraphWorkbookLocation.ById(d, i),
        ({ } d, null, { } p, null) when !string.IsNullOrWhiteSpace(d) && !string.IsNullOrWhiteSpace(p) => GraphWorkbookLocation.ByPath(d, p),
        _ => throw new DoiThoaiException(ErrorCodes.GraphConfiguration,
            "Chỉ ra sổ tổng hợp trên Microsoft 365 theo một cách: DoiThoai:Graph:Drive với Item, Drive với Path, hoặc chỉ Share."),
    };

    private static Microsoft.Graph.GraphServiceClient GraphClient(GraphSettings graph)
    {
        var auth = graph.Auth switch
        {
            "client-secret" => GraphAuthMode.ClientSecret,
            "certificate" => GraphAuthMode.Certificate,
            "device-code" => GraphAuthMode.DeviceCode,

            // A loopback Graph (a test server) needs no sign-in unless one is asked for, as with the command.
            null => Uri.TryCreate(graph.BaseUrl, UriKind.Absolute, out var uri) && GraphConnection.IsLoopback(uri) ? GraphAuthMode.None : GraphAuthMode.DeviceCode,
            var other => throw new DoiThoaiException(ErrorCodes.GraphConfiguration,
                $"DoiThoai:Graph:Auth '{other}' không hợp lệ; dùng device-code, client-secret hoặc certificate."),
        };
        Uri? authority = null;
        if (graph.Authority is { } text && !Uri.TryCreate(text, UriKind.Absolute, out authority))
        {
            throw new DoiThoaiException(ErrorCodes.GraphConfiguration, $"DoiThoai:Graph:Authority '{text}' không phải địa chỉ hợp lệ.");
        }

        var options = new GraphConnectionOptions
        {
            BaseUrl = graph.BaseUrl,
            TenantId = graph.Tenant,
            ClientId = graph.ClientId,
            AuthMode = auth,
            CertificatePath = graph.Certificate,
            AuthorityHost = authority,
        };

        // The device-code prompt goes to the console the administrator started the host in.
        return GraphConnection.CreateClient(options, (message, _) => Console.Error.WriteLineAsync(message));
    }
}
