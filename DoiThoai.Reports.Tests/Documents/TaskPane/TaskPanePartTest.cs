using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DoiThoai.Reports.Documents.Digest;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Documents.TaskPane;
using DoiThoai.Reports.Documents.Templates;
using NodaTime;
using WebExtension = DocumentFormat.OpenXml.Office2013.WebExtension;
using WebExtentionPane = DocumentFormat.OpenXml.Office2013.WebExtentionPane;

namespace DoiThoai.Reports.Tests.Documents.TaskPane;

/// <summary>The minutes carry the add-in's task pane ("automatically open a task pane with a document"); other documents do not.</summary>
[TestClass]
public sealed class TaskPanePartTest
{
    private static readonly XNamespace We = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
    private static readonly XNamespace Wetp = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";

    private static byte[] Minutes() => DocumentTestData.Layout(MinutesBuilder.Build(DocumentTestData.Profile, DocumentTestData.DaySession, DocumentTestData.October2022()));

    private static byte[] InSchoolTemplate(OfficialDocument document, bool withForeignPane = false)
    {
        using var template = new MemoryStream();
        ExampleTemplate.Write(template, "Trường THPT số 2 Bắc Hà");
        if (withForeignPane)
        {
            // A template saved from Word while another add-in's pane was open.
            using var package = WordprocessingDocument.Open(template, true);
            var panes = package.AddWebExTaskpanesPart();
            var extension = panes.AddNewPart<WebExtensionPart>();
            new WebExtension.WebExtension(
                new WebExtension.WebExtensionStoreReference { Id = "wa104380646", Version = "1.0.0.0", Store = "en-US", StoreType = "OMEX" },
                new WebExtension.WebExtensionReferenceList(),
                new WebExtension.WebExtensionPropertyBag(),
                new WebExtension.WebExtensionBindingList(),
                new WebExtension.Snapshot())
            { Id = "{11111111-2222-3333-4444-555555555555}" }.Save(extension);
            new WebExtentionPane.Taskpanes(new WebExtentionPane.WebExtensionTaskpane(new WebExtentionPane.WebExtensionPartReference { Id = panes.GetIdOfPart(extension) })
            { DockState = "right", Visibility = true, Width = 350D, Row = 1U }).Save(panes);
        }

        template.Position = 0;
        using var output = new MemoryStream();
        SchoolTemplate.Fill(document, template, output);
        return output.ToArray();
    }

    [TestMethod]
    public void Minutes_open_the_Word_pane_of_the_manifest_add_in()
    {
        AssertOpensPane(Minutes());
    }

    [TestMethod]
    public void Minutes_in_a_school_template_open_the_pane_too()
    {
        var document = MinutesBuilder.Build(DocumentTestData.Profile, DocumentTestData.DaySession, DocumentTestData.October2022());
        AssertOpensPane(InSchoolTemplate(document));

        // A template already carrying another add-in's pane gives minutes with exactly one pane: ours.
        var replaced = InSchoolTemplate(document, withForeignPane: true);
        AssertOpensPane(replaced);
        Assert.DoesNotContain("wa104380646", DocumentTestData.AllXml(replaced));
    }

    [TestMethod]
    public void The_digest_and_the_monthly_report_open_no_pane()
    {
        var digest = DigestBuilder.Build(DocumentTestData.Profile, DocumentTestData.DaySession, DocumentTestData.October2022(), new LocalDate(2022, 10, 27));
        var report = MonthlyReportBuilder.Build(DocumentTestData.Profile, DocumentTestData.Calendar, DocumentTestData.October, DocumentTestData.October2022(), new LocalDate(2022, 11, 2), 5);
        foreach (var bytes in new[] { DocumentTestData.Layout(digest), DocumentTestData.Layout(report), InSchoolTemplate(report) })
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            Assert.IsNull(package.WebExTaskpanesPart);
        }
    }

    private static void AssertOpensPane(byte[] docx)
    {
        Assert.IsEmpty(DocumentTestData.Validate(docx), "OpenXmlValidator finds nothing");
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var panes = package.WebExTaskpanesPart!;
        StringAssert.StartsWith(panes.Uri.ToString(), "/word/webextensions/taskpanes");
        var pane = XDocument.Load(panes.GetStream()).Root!.Elements(Wetp + "taskpane").Single();
        Assert.AreEqual("1", pane.Attribute("visibility")?.Value, "visible from the first opening, so Office offers the add-in at once");

        var extension = panes.WebExtensionParts.Single();
        var root = XDocument.Load(extension.GetStream()).Root!;
        var reference = root.Element(We + "reference")!;
        Assert.AreEqual(WordAddin.Id, reference.Attribute("id")?.Value);
        Assert.AreEqual(WordAddin.Version, reference.Attribute("version")?.Value);
        Assert.AreEqual("developer", reference.Attribute("store")?.Value);
        Assert.AreEqual("Registry", reference.Attribute("storeType")?.Value);
        var alternate = root.Element(We + "alternateReferences")!.Elements(We + "reference").Single();
        Assert.AreEqual("EXCatalog", alternate.Attribute("storeType")?.Value);
        Assert.AreEqual(WordAddin.Id, alternate.Attribute("id")?.Value);
        var property = root.Element(We + "properties")!.Elements(We + "property").Single();
        Assert.AreEqual("Office.AutoShowTaskpaneWithDocument", property.Attribute("name")?.Value);
        Assert.AreEqual("true", property.Attribute("value")?.Value);

        Assert.AreEqual("2022-10-day", MinutesReader.Read(new MemoryStream(docx)).SessionId, "the session is still recorded");
    }
}
