using DoiThoai.Reports.Workbooks.Graph;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Section <c>DoiThoai:Graph</c>: the same settings as the command's <c>--graph-*</c>, <c>--tenant</c>, <c>--client-id</c>,
/// <c>--auth</c>, <c>--certificate</c> and <c>--authority</c> options. Naming a workbook (drive with item or path, or a
/// sharing link) switches the host to the Microsoft 365 mode. Secrets are never settings: the client secret and a
/// certificate's password come from the environment variables the command uses.
/// </summary>
public sealed class GraphSettings
{
    /// <summary>Drive ID, with <see cref="Item"/> or <see cref="Path"/>.</summary>
    public string? Drive { get; set; }

    /// <summary>Item ID of the workbook in <see cref="Drive"/>.</summary>
    public string? Item { get; set; }

    /// <summary>Path of the workbook in <see cref="Drive"/>.</summary>
    public string? Path { get; set; }

    /// <summary>A sharing link of the workbook.</summary>
    public string? Share { get; set; }

    /// <summary>Graph's base URL with its version (national clouds; plain http only towards this machine).</summary>
    public string BaseUrl { get; set; } = GraphConnectionOptions.DefaultBaseUrl;

    /// <summary>The sign-in authority of a national cloud; null: the global one.</summary>
    public string? Authority { get; set; }

    /// <summary>The school's tenant ID or domain.</summary>
    public string? Tenant { get; set; }

    /// <summary>The app registration's client ID.</summary>
    public string? ClientId { get; set; }

    /// <summary><c>device-code</c>, <c>client-secret</c> or <c>certificate</c>; null: none towards a loopback Graph, else device code.</summary>
    public string? Auth { get; set; }

    /// <summary>The .pfx file for <c>certificate</c>.</summary>
    public string? Certificate { get; set; }

    /// <summary>True when the settings name a workbook in Microsoft 365.</summary>
    public bool IsUsed => Drive is not null || Item is not null || Path is not null || Share is not null;
}
