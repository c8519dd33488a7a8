namespace DoiThoai.Reports.Documents.TaskPane;

/// <summary>
/// The DoiThoai add-in for Word as its manifest (<c>manifest.word.xml</c> at the repository root) declares it: the
/// one id and version both the manifest and the minutes' task-pane part carry (a test keeps them equal), so a
/// minutes document opens the pane of exactly this add-in.
/// </summary>
public static class WordAddin
{
    /// <summary>The manifest's <c>&lt;Id&gt;</c>.</summary>
    public const string Id = "8c8c6211-9e43-4363-b64b-ce9732da5945";

    /// <summary>The manifest's <c>&lt;Version&gt;</c>.</summary>
    public const string Version = "1.0.0.0";

    /// <summary>
    /// Where Office finds the add-in for a document that asks for it: first a sideloaded add-in (the local
    /// default: Office keeps sideloaded manifests in the registry, store <c>developer</c>), then one an administrator
    /// deployed for the school in the Microsoft 365 admin center (centralized deployment, <c>EXCatalog</c>), so the same
    /// minutes open the pane in both set-ups, also when opened from OneDrive or a mail.
    /// </summary>
    public static IReadOnlyList<AddinStoreReference> StoreReferences { get; } =
    [
        new(Id, Version, "developer", "Registry"),
        new(Id, Version, "EXCatalog", "EXCatalog"),
    ];
}
