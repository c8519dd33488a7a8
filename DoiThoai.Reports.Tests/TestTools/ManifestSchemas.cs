using System.Xml;
using System.Xml.Schema;

namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>
/// Microsoft's Office add-in manifest XSDs (beside the project, <c>../shared/schemas/office-addin-manifest/</c>): what
/// a manifest breaks, as Office's own validation would find it.
/// </summary>
internal static class ManifestSchemas
{
    /// <summary>Every error and warning of <paramref name="manifestPath"/> against the schemas, with its line.</summary>
    public static List<string> ProblemsOf(string manifestPath)
    {
        var schemas = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "schemas", "office-addin-manifest"));
        Assert.IsTrue(Directory.Exists(schemas), $"the manifest schemas are expected beside the project, at {schemas}");
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, Path.Combine(schemas, "OfficeAppManifestV1_1.xsd"));
        set.Compile();
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");

        using (var reader = XmlReader.Create(manifestPath, settings))
        {
            while (reader.Read())
            {
            }
        }

        return problems;
    }
}
