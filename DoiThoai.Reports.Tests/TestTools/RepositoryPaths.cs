namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>
/// Paths inside the repository, found by walking up from the test's run directory to <c>DoiThoai.sln</c>, so tests
/// read what the build wrote (the add-in's <c>wwwroot</c>, the Office fake) without copying it.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding <c>DoiThoai.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The add-in host's built pages (<c>addin/wwwroot</c>, written by <c>addin/client/build.mjs</c>).</summary>
    public static string AddinWwwroot => Path.Combine(Root, "addin", "wwwroot");

    /// <summary>The test-only fake of Office and Word, built beside the pages but never shipped.</summary>
    public static string FakeOfficeScript => Path.Combine(Root, "addin", "client", "test-dist", "fake-office.js");

    /// <summary>The built pages' folder; fails when the build has not written them.</summary>
    public static string RequireAddinWwwroot()
    {
        var root = AddinWwwroot;
        Assert.IsTrue(File.Exists(Path.Combine(root, "taskpane.html")), $"{root} has no taskpane.html: build the solution first (addin.csproj runs the npm build).");
        return root;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DoiThoai.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DoiThoai.sln not found above " + AppContext.BaseDirectory);
    }
}
