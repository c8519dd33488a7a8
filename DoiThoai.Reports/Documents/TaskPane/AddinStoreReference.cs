namespace DoiThoai.Reports.Documents.TaskPane;

/// <summary>
/// Where Office looks an add-in up for a document's web extension ([MS-OWEXML] <c>we:reference</c>): the add-in's id
/// and version as its manifest gives them, and the store. Immutable.
/// </summary>
/// <param name="Id">The manifest's GUID (or the AppSource asset id for <c>OMEX</c>).</param>
/// <param name="Version">The manifest's version, e.g. <c>1.0.0.0</c>.</param>
/// <param name="Store">The store: <c>developer</c> for <c>Registry</c>, <c>EXCatalog</c> for <c>EXCatalog</c>, a share's path for <c>FileSystem</c>.</param>
/// <param name="StoreType"><c>Registry</c> (sideloaded), <c>EXCatalog</c> (centralized deployment), <c>FileSystem</c> (a shared-folder catalog) or <c>OMEX</c> (AppSource).</param>
public sealed record AddinStoreReference(string Id, string Version, string Store, string StoreType);
