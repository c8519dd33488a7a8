using System.CommandLine;
using DoiThoai.Reports.Workbooks.Graph;
using Microsoft.Graph;

namespace DoiThoai.Cli;

/// <summary>
/// The options that name a workbook in OneDrive/SharePoint and how to sign in to Microsoft Graph, and what turns them
/// into a Graph client and location. Part of <see cref="WorkbookSourceOptions"/>.
/// </summary>
internal sealed class GraphSourceOptions
{
    public Option<string?> Drive { get; } = new("--graph-drive")
    {
        Description = "Mã ổ (drive ID) chứa sổ tổng hợp trên OneDrive/SharePoint; dùng cùng --graph-item hoặc --graph-path.",
    };

    public Option<string?> Item { get; } = new("--graph-item") { Description = "Mã tệp (item ID) của sổ tổng hợp trong ổ --graph-drive." };

    public Option<string?> Path { get; } = new("--graph-path")
    {
        Description = "Đường dẫn của sổ tổng hợp trong ổ --graph-drive, ví dụ \"DoiThoai/So tong hop 2022-2023.xlsx\".",
    };

    public Option<string?> Share { get; } = new("--graph-share") { Description = "Liên kết chia sẻ của sổ tổng hợp (nút Chia sẻ / Sao chép liên kết)." };

    public Option<string> BaseUrl { get; } = new("--graph-base-url")
    {
        Description = "Địa chỉ Microsoft Graph (đám mây quốc gia; http chỉ với máy này khi thử nghiệm).",
        DefaultValueFactory = _ => GraphConnectionOptions.DefaultBaseUrl,
    };

    public Option<Uri?> Authority { get; } = new("--authority")
    {
        Description = "Địa chỉ đăng nhập của đám mây quốc gia, ví dụ https://login.microsoftonline.us/ (bỏ trống: đám mây toàn cầu).",

        // System.CommandLine has no converter for Uri (every --authority ended in an unhandled exception); sign-in
        // addresses are https only, because the app's secret or certificate proof travels to them.
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            {
                return uri;
            }

            result.AddError($"--authority phải là một địa chỉ https đầy đủ, ví dụ https://login.microsoftonline.us/ (đã nhận: '{text}')");
            return null;
        },
    };

    public Option<string?> Tenant { get; } = new("--tenant") { Description = "Mã tổ chức (tenant ID) hoặc tên miền Microsoft 365 của trường." };

    public Option<string?> ClientId { get; } = new("--client-id") { Description = "Mã ứng dụng (client ID) đã đăng ký trong Microsoft Entra ID." };

    public Option<string?> Auth { get; } = new("--auth")
    {
        Description = "Cách đăng nhập: device-code (người dùng, mặc định), client-secret (khoá đặt trong biến môi trường "
            + GraphConnectionOptions.ClientSecretVariable + "), certificate (tệp .pfx, --certificate).",
    };

    public Option<FileInfo?> Certificate { get; } = new("--certificate")
    {
        Description = "Tệp chứng chỉ .pfx cho --auth certificate (mật khẩu, nếu có, trong biến môi trường " + GraphConnectionOptions.CertificatePasswordVariable + ").",
    };

    public GraphSourceOptions() => Auth.AcceptOnlyFromAmong("device-code", "client-secret", "certificate");

    public IEnumerable<Option> All => [Drive, Item, Path, Share, BaseUrl, Authority, Tenant, ClientId, Auth, Certificate];

    /// <summary>True when any option naming a Graph workbook was given.</summary>
    public bool IsUsed(ParseResult parse) =>
        parse.GetValue(Drive) is not null || parse.GetValue(Item) is not null || parse.GetValue(Path) is not null || parse.GetValue(Share) is not null;

    /// <summary>Which workbook the options name.</summary>
    /// <exception cref="UserInputException">The options do not name exactly one workbook.</exception>
    public GraphWorkbookLocation Location(ParseResult parse)
    {
        var (drive, item, path, share) = (parse.GetValue(Drive), parse.GetValue(Item), parse.GetValue(Path), parse.GetValue(Share));
        return (drive, item, path, share) switch
        {
            (null, null, null, { } link) => GraphWorkbookLocation.BySharingLink(link),
            ({ } d, { } i, null, null) => GraphWorkbookLocation.ById(d, i),
            ({ } d, null, { } p, null) => GraphWorkbookLocation.ByPath(d, p),
            _ => throw new UserInputException(
                "chỉ ra sổ tổng hợp trên Microsoft 365 theo một cách: --graph-drive với --graph-item, --graph-drive với --graph-path, hoặc chỉ --graph-share."),
        };
    }

    /// <summary>The Graph client the options describe; the device-code prompt goes to <paramref name="prompt"/> (standard error, so standard output stays clean).</summary>
    public GraphServiceClient Client(ParseResult parse, TextWriter prompt)
    {
        var baseUrl = parse.GetValue(BaseUrl)!;
        var auth = parse.GetValue(Auth) switch
        {
            "client-secret" => GraphAuthMode.ClientSecret,
            "certificate" => GraphAuthMode.Certificate,
            "device-code" => GraphAuthMode.DeviceCode,

            // A loopback Graph (a test server) needs no sign-in unless one is asked for.
            _ => Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && GraphConnection.IsLoopback(uri) ? GraphAuthMode.None : GraphAuthMode.DeviceCode,
        };
        var options = new GraphConnectionOptions
        {
            BaseUrl = baseUrl,
            TenantId = parse.GetValue(Tenant),
            ClientId = parse.GetValue(ClientId),
            AuthMode = auth,
            CertificatePath = parse.GetValue(Certificate)?.FullName,
            AuthorityHost = parse.GetValue(Authority),
        };
        return GraphConnection.CreateClient(options, (message, _) => prompt.WriteLineAsync(message));
    }
}
