using System.Xml.Linq;
using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Documents.TaskPane;
using DoiThoai.Reports.Tests.TestTools;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>
/// <c>manifest.word.xml</c>: valid against Microsoft's XSDs (beside the project, <c>../shared/schemas/</c>), the same
/// id and version the minutes' task-pane part names, a Home-tab button that opens the pane that also opens with a
/// document, icons the host serves, https URLs of the host's default address, Vietnamese texts.
/// </summary>
[TestClass]
public sealed class WordManifestTest
{
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    private static readonly XNamespace Basic = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static string ManifestPath => Path.Combine(AddinHostFixture.RepositoryRoot, "manifest.word.xml");

    private static XDocument Manifest => XDocument.Load(ManifestPath);

    [TestMethod]
    public void The_manifest_is_valid_against_the_Office_add_in_schemas()
    {
        var problems = ManifestSchemas.ProblemsOf(ManifestPath);
        Assert.IsEmpty(problems, string.Join("\n", problems));
    }

    [TestMethod]
    public void The_manifest_is_the_add_in_the_minutes_open()
    {
        var root = Manifest.Root!;

        Assert.AreEqual("TaskPaneApp", root.Attribute(Xsi + "type")?.Value);
        Assert.AreEqual(WordAddin.Id, root.Element(App + "Id")?.Value);
        Assert.AreEqual(WordAddin.Version, root.Element(App + "Version")?.Value);
        Assert.AreEqual("Document", root.Element(App + "Hosts")!.Elements(App + "Host").Single().Attribute("Name")?.Value);
        var set = root.Element(App + "Requirements")!.Descendants(App + "Set").Single();
        Assert.AreEqual("WordApi", set.Attribute("Name")?.Value);
        Assert.AreEqual("1.1", set.Attribute("MinVersion")?.Value);
        Assert.AreEqual("ReadWriteDocument", root.Element(App + "Permissions")?.Value);
    }

    [TestMethod]
    public void A_button_on_the_Home_tab_shows_the_pane_that_opens_with_a_document()
    {
        var host = Manifest.Root!.Element(Overrides + "VersionOverrides")!.Element(Overrides + "Hosts")!.Elements(Overrides + "Host").Single();
        Assert.AreEqual("Document", host.Attribute(Xsi + "type")?.Value);
        var tab = host.Descendants(Overrides + "ExtensionPoint").Single(e => e.Attribute(Xsi + "type")?.Value == "PrimaryCommandSurface").Element(Overrides + "OfficeTab")!;
        Assert.AreEqual("TabHome", tab.Attribute("id")?.Value);
        var action = tab.Descendants(Overrides + "Control").Single().Element(Overrides + "Action")!;
        Assert.AreEqual("ShowTaskpane", action.Attribute(Xsi + "type")?.Value);
        Assert.AreEqual("Office.AutoShowTaskpaneWithDocument", action.Element(Overrides + "TaskpaneId")?.Value);
        Assert.AreEqual(LoopbackListening.DefaultHttps + "/taskpane.html", Resource(action.Element(Overrides + "SourceLocation")!.Attribute("resid")!.Value));
    }

    [TestMethod]
    public void Every_URL_is_the_host_over_https_and_the_icons_are_the_ones_it_serves()
    {
        var urls = Manifest.Descendants().SelectMany(e => e.Attributes("DefaultValue")).Select(a => a.Value).Where(v => v.Contains("://", StringComparison.Ordinal)).ToList();

        Assert.IsNotEmpty(urls);
        foreach (var url in urls)
        {
            StringAssert.StartsWith(url, LoopbackListening.DefaultHttps + "/", "Office loads panes over https only");
        }

        var icons = urls.Where(u => u.Contains("/assets/", StringComparison.Ordinal)).Select(u => u[(u.LastIndexOf('/') + 1)..]).Distinct().Order().ToList();
        CollectionAssert.AreEqual(new[] { "icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png" }, icons);
        foreach (var image in Manifest.Descendants(Basic + "Image").Where(i => i.Attribute("size") is not null))
        {
            Assert.AreEqual($"icon-{image.Attribute("size")!.Value}.png", Resource(image.Attribute("resid")!.Value)[(LoopbackListening.DefaultHttps.Length + "/assets/".Length)..]);
        }
    }

    [TestMethod]
    public void The_texts_people_see_are_Vietnamese()
    {
        var root = Manifest.Root!;
        Assert.AreEqual("vi-VN", root.Element(App + "DefaultLocale")?.Value);
        Assert.IsTrue(ProblemAssert.IsVietnamese(root.Element(App + "DisplayName")!.Attribute("DefaultValue")!.Value));
        Assert.IsTrue(ProblemAssert.IsVietnamese(root.Element(App + "Description")!.Attribute("DefaultValue")!.Value));
        foreach (var text in Manifest.Descendants(Basic + "LongStrings").Descendants(Basic + "String"))
        {
            Assert.IsTrue(ProblemAssert.IsVietnamese(text.Attribute("DefaultValue")!.Value), text.ToString());
        }
    }

    private static string Resource(string id) =>
        Manifest.Descendants().Where(e => e.Attribute("id")?.Value == id && e.Attribute("DefaultValue") is not null).Single().Attribute("DefaultValue")!.Value;
}
