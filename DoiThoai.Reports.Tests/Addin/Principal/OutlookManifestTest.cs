using System.Text.RegularExpressions;
using System.Xml.Linq;
using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Tests.Addin.Pages;
using DoiThoai.Reports.Tests.TestTools;

namespace DoiThoai.Reports.Tests.Addin.Principal;

/// <summary>
/// <c>manifest.xml</c>, the Outlook add-in: valid against Microsoft's XSDs (beside the project, <c>../shared/schemas/</c>),
/// a MailApp needing Mailbox 1.3, VersionOverrides 1.0 wrapping 1.1, on both the read and the compose surface the
/// button "Báo cáo tháng" running the function the built commands page defines, and the mail pane; every URL the host
/// over https and a file of the built pages; Vietnamese texts.
/// </summary>
[TestClass]
public sealed partial class OutlookManifestTest
{
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Overrides10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    private static readonly XNamespace Overrides11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private static readonly XNamespace Basic = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static string ManifestPath => Path.Combine(RepositoryPaths.Root, "manifest.xml");

    private static XDocument Manifest => XDocument.Load(ManifestPath);

    [TestMethod]
    public void The_manifest_is_valid_against_the_Office_add_in_schemas()
    {
        var problems = ManifestSchemas.ProblemsOf(ManifestPath);
        Assert.IsEmpty(problems, string.Join("\n", problems));
    }

    [TestMethod]
    public void It_is_a_mail_app_for_messages_needing_Mailbox_1_3()
    {
        var root = Manifest.Root!;

        Assert.AreEqual("MailApp", root.Attribute(Xsi + "type")?.Value);
        Assert.AreEqual("Mailbox", root.Element(App + "Hosts")!.Elements(App + "Host").Single().Attribute("Name")?.Value);
        var set = root.Element(App + "Requirements")!.Descendants(App + "Set").Single();
        Assert.AreEqual(("Mailbox", "1.3"), (set.Attribute("Name")?.Value, set.Attribute("MinVersion")?.Value));
        Assert.AreEqual("ReadWriteItem", root.Element(App + "Permissions")?.Value, "attaching and filling a message being written");
        Assert.AreNotEqual(
            Manifest.Root!.Element(App + "Id")!.Value,
            XDocument.Load(Path.Combine(RepositoryPaths.Root, "manifest.word.xml")).Root!.Element(App + "Id")!.Value,
            "two add-ins, two ids");
        var v10 = root.Element(Overrides10 + "VersionOverrides")!;
        Assert.AreEqual("VersionOverridesV1_0", v10.Attribute(Xsi + "type")?.Value);
        var v11 = v10.Element(Overrides11 + "VersionOverrides")!;
        Assert.AreEqual("VersionOverridesV1_1", v11.Attribute(Xsi + "type")?.Value);
        foreach (var overrides in new[] { v10, v11 })
        {
            var requirement = overrides.Element(overrides.Name.Namespace + "Requirements")!.Element(Basic + "Sets")!;
            Assert.AreEqual("1.3", requirement.Attribute("DefaultMinVersion")?.Value);
            Assert.AreEqual("Mailbox", requirement.Element(Basic + "Set")!.Attribute("Name")?.Value);
        }
    }

    [TestMethod]
    [DataRow("MessageReadCommandSurface", ReportCommandBrowserTest.ReadFunction)]
    [DataRow("MessageComposeCommandSurface", ReportCommandBrowserTest.ComposeFunction)]
    public void Both_overrides_put_the_report_button_and_the_pane_on_the_surface(string surface, string function)
    {
        var v10 = Manifest.Root!.Element(Overrides10 + "VersionOverrides")!;
        foreach (var (overrides, ns) in new[] { (v10, Overrides10), (v10.Element(Overrides11 + "VersionOverrides")!, Overrides11) })
        {
            var form = overrides.Element(ns + "Hosts")!.Elements(ns + "Host").Single(h => h.Attribute(Xsi + "type")?.Value == "MailHost").Element(ns + "DesktopFormFactor")!;
            Assert.AreEqual(LoopbackListening.DefaultHttps + "/commands.html", Resource(overrides, form.Element(ns + "FunctionFile")!.Attribute("resid")!.Value));
            var point = form.Elements(ns + "ExtensionPoint").Single(e => e.Attribute(Xsi + "type")?.Value == surface);
            var controls = point.Descendants(ns + "Control").ToList();
            var button = controls.Single(c => c.Element(ns + "Action")!.Attribute(Xsi + "type")?.Value == "ExecuteFunction");
            Assert.AreEqual("Báo cáo tháng", Resource(overrides, button.Element(ns + "Label")!.Attribute("resid")!.Value));
            Assert.AreEqual(function, button.Element(ns + "Action")!.Element(ns + "FunctionName")?.Value);
            var pane = controls.Single(c => c.Element(ns + "Action")!.Attribute(Xsi + "type")?.Value == "ShowTaskpane");
            Assert.AreEqual(LoopbackListening.DefaultHttps + "/mailpane.html", Resource(overrides, pane.Element(ns + "Action")!.Element(ns + "SourceLocation")!.Attribute("resid")!.Value));
        }
    }

    [TestMethod]
    public void The_functions_it_names_are_the_ones_the_built_commands_page_defines()
    {
        var functions = Manifest.Descendants().Where(e => e.Name.LocalName == "FunctionName").Select(e => e.Value).Distinct().Order().ToList();
        CollectionAssert.AreEqual(new[] { ReportCommandBrowserTest.ComposeFunction, ReportCommandBrowserTest.ReadFunction }, functions);

        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "addin", "client", "src", "commands", "commands.ts"));
        var script = BuiltPages.LocalReferences("commands.html").Single(r => r.File.EndsWith(".js", StringComparison.Ordinal));
        var built = File.ReadAllText(script.File);
        foreach (var name in functions)
        {
            Assert.IsTrue(Regex.IsMatch(source, $"_FUNCTION = \"{name}\";"), $"commands.ts names {name}");
            StringAssert.Contains(built, $"\"{name}\"", $"the built {Path.GetFileName(script.File)} associates {name}");
        }
    }

    [TestMethod]
    public void Every_URL_is_the_host_over_https_and_a_file_of_the_built_pages()
    {
        var urls = Manifest.Descendants().SelectMany(e => e.Attributes("DefaultValue")).Select(a => a.Value).Where(v => v.Contains("://", StringComparison.Ordinal)).ToList();
        urls.AddRange(Manifest.Descendants(App + "AppDomain").Select(d => d.Value));

        Assert.IsNotEmpty(urls);
        foreach (var url in urls)
        {
            Assert.IsTrue(url == LoopbackListening.DefaultHttps || url.StartsWith(LoopbackListening.DefaultHttps + "/", StringComparison.Ordinal), $"{url}: Office loads add-ins over https only");
            var path = url[LoopbackListening.DefaultHttps.Length..].TrimStart('/');
            if (path.Length > 0)
            {
                Assert.IsTrue(File.Exists(BuiltPages.PathOf(path.Replace('/', Path.DirectorySeparatorChar))), $"{url} is a file the host serves");
            }
        }

        var v10 = Manifest.Root!.Element(Overrides10 + "VersionOverrides")!;
        foreach (var overrides in new[] { v10, v10.Element(Overrides11 + "VersionOverrides")! })
        {
            foreach (var image in overrides.Element(overrides.Name.Namespace + "Hosts")!.Descendants(Basic + "Image"))
            {
                StringAssert.EndsWith(Resource(overrides, image.Attribute("resid")!.Value), $"/assets/icon-{image.Attribute("size")!.Value}.png");
            }
        }
    }

    [TestMethod]
    public void The_notification_icon_the_pages_name_is_the_16_pixel_icon()
    {
        var outlook = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "addin", "client", "src", "shared", "outlook.ts"));
        var icon = NotificationIcon().Match(outlook).Groups["id"].Value;

        foreach (var images in Manifest.Descendants(Basic + "Images"))
        {
            Assert.AreEqual(LoopbackListening.DefaultHttps + "/assets/icon-16.png", images.Elements(Basic + "Image").Single(i => i.Attribute("id")?.Value == icon).Attribute("DefaultValue")?.Value);
        }
    }

    [TestMethod]
    public void The_texts_people_see_are_Vietnamese()
    {
        var root = Manifest.Root!;
        Assert.AreEqual("vi-VN", root.Element(App + "DefaultLocale")?.Value);
        Assert.IsTrue(ProblemAssert.IsVietnamese(root.Element(App + "DisplayName")!.Attribute("DefaultValue")!.Value));
        Assert.IsTrue(ProblemAssert.IsVietnamese(root.Element(App + "Description")!.Attribute("DefaultValue")!.Value));
        foreach (var text in Manifest.Descendants(Basic + "String"))
        {
            Assert.IsTrue(ProblemAssert.IsVietnamese(text.Attribute("DefaultValue")!.Value), text.ToString());
        }
    }

    /// <summary>The text of a resource id, in the resources of the same VersionOverrides.</summary>
    private static string Resource(XElement overrides, string id) =>
        overrides.Element(overrides.Name.Namespace + "Resources")!.Descendants().Single(e => e.Attribute("id")?.Value == id).Attribute("DefaultValue")!.Value;

    [GeneratedRegex("NOTIFICATION_ICON = \"(?<id>[^\"]+)\"")]
    private static partial Regex NotificationIcon();
}
