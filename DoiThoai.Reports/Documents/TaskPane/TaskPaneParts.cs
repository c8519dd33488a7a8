using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using We = DocumentFormat.OpenXml.Office2013.WebExtension;
using Wetp = DocumentFormat.OpenXml.Office2013.WebExtentionPane;

namespace DoiThoai.Reports.Documents.TaskPane;

/// <summary>
/// The parts that make Office open an add-in's task pane with a document ("automatically open a task pane with a
/// document"): <c>webextensions/taskpanes.xml</c> naming one pane, and its <c>webextension1.xml</c> referring to the
/// add-in (<see cref="AddinStoreReference"/>) with the property <c>Office.AutoShowTaskpaneWithDocument</c> = true.
/// The pane is visible from the first opening, so Office offers to trust the add-in at once. Deterministic: the same
/// references give the same parts.
/// </summary>
internal static class TaskPaneParts
{
    /// <summary>The property Office reads to open the pane whose manifest action has <c>TaskpaneId</c> of the same name.</summary>
    public const string AutoShowProperty = "Office.AutoShowTaskpaneWithDocument";

    // The web extension's own id within the document; fixed, so generated documents stay byte-for-byte reproducible.
    private const string InstanceId = "{7D6B82A0-697C-4CF1-BE40-572207950DC1}";

    /// <summary>Replaces any task pane the package has by one showing the add-in of <paramref name="references"/> (the first is the primary one).</summary>
    public static void Write(WordprocessingDocument package, IReadOnlyList<AddinStoreReference> references)
    {
        if (references.Count == 0)
        {
            return;
        }

        // A school's template may carry another add-in's pane; a package has room for one task-pane part.
        if (package.WebExTaskpanesPart is { } existing)
        {
            package.DeletePart(existing);
        }

        var panes = package.AddWebExTaskpanesPart();
        var extension = panes.AddNewPart<WebExtensionPart>();
        new We.WebExtension(
            Reference(references[0]),
            new We.WebExtensionReferenceList(references.Skip(1).Select(Reference)),
            new We.WebExtensionPropertyBag(new We.WebExtensionProperty { Name = AutoShowProperty, Value = "true" }),
            new We.WebExtensionBindingList(),
            new We.Snapshot())
        { Id = InstanceId }.Save(extension);

        new Wetp.Taskpanes(
            new Wetp.WebExtensionTaskpane(new Wetp.WebExtensionPartReference { Id = panes.GetIdOfPart(extension) })
            {
                DockState = "right",
                Visibility = true,
                Width = 350D,
                Row = 4U,
            }).Save(panes);
    }

    private static We.WebExtensionStoreReference Reference(AddinStoreReference reference) => new()
    {
        Id = reference.Id,
        Version = reference.Version,
        Store = reference.Store,
        StoreType = reference.StoreType,
    };
}
