namespace DoiThoai.Addin.Hosting;

/// <summary>
/// The host's settings, section <c>DoiThoai</c> of the configuration (<c>appsettings.json</c>, environment variables
/// such as <c>DoiThoai__Workbook</c>, or <c>--DoiThoai:Workbook=…</c> on the command line). Every setting has an embedded
/// default, so the host runs with none: the bundled school profile, a sample workbook in <see cref="DataDirectory"/>.
/// Relative paths are relative to the folder the host is started in.
/// </summary>
public sealed class HostSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "DoiThoai";

    /// <summary>Where the sample workbook is made on first run and generated documents are kept (<c>./du-lieu/</c>).</summary>
    public string DataDirectory { get; set; } = "du-lieu";

    /// <summary>The school profile (.json); null: the bundled profile of Trường THPT số 2 Bắc Hà, 2022-2023.</summary>
    public string? School { get; set; }

    /// <summary>The shared workbook (.xlsx) on this machine; null: <c>so-tong-hop.xlsx</c> in the data folder, made with sample rows when missing.</summary>
    public string? Workbook { get; set; }

    /// <summary>The school's own template (.docx/.dotx); null: the built-in Decree 30 layout.</summary>
    public string? Template { get; set; }

    /// <summary>A workbook in OneDrive/SharePoint instead of a local one (<c>DoiThoai:Graph:…</c>).</summary>
    public GraphSettings Graph { get; set; } = new();
}
