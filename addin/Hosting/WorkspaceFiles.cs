namespace DoiThoai.Addin.Hosting;

/// <summary>
/// The files behind the host's workspace, resolved once at start: the data folder, where generated documents are
/// kept, and the inputs no kept document may ever replace. Immutable.
/// </summary>
/// <param name="DataDirectory">The data folder (<see cref="HostSettings.DataDirectory"/>), full path.</param>
/// <param name="Workbook">The local workbook, or null in the Microsoft 365 mode.</param>
/// <param name="School">The school profile file, or null for the bundled one.</param>
/// <param name="Template">The school's template file, or null for the built-in layout.</param>
/// <param name="Mode"><c>local</c> or <c>microsoft365</c>, as <c>/health</c> says.</param>
public sealed record WorkspaceFiles(string DataDirectory, string? Workbook, string? School, string? Template, string Mode)
{
    public const string LocalMode = "local";
    public const string Microsoft365Mode = "microsoft365";

    /// <summary>The name of the sample workbook made in the data folder on first run.</summary>
    public const string SampleWorkbookName = "so-tong-hop.xlsx";

    /// <summary>Where copies of generated documents go: <c>van-ban/</c> in the data folder.</summary>
    public string DocumentsDirectory => Path.Combine(DataDirectory, "van-ban");

    /// <summary>The files the host reads: a kept document never replaces one of them.</summary>
    public IReadOnlyList<string?> Inputs => [Workbook, School, Template];
}
