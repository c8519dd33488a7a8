using Microsoft.Playwright;

namespace DoiThoai.Reports.Tests.Addin.EndToEnd;

/// <summary>
/// Screenshots of the panes for the documentation. A test always writes its picture to a temporary folder (named in
/// the test output); only with <c>DOITHOAI_SCREENSHOTS=1</c> does it also replace the one in <c>docs/images/</c>,
/// so an ordinary test run never changes the repository.
/// </summary>
internal static class Screenshots
{
    public const string UpdateVariable = "DOITHOAI_SCREENSHOTS";

    public static async Task<string> SaveAsync(IPage page, string name, TestContext context)
    {
        var folder = Path.Combine(Path.GetTempPath(), "doithoai-screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Type = ScreenshotType.Png });
        Assert.IsGreaterThan(1000, png.Length, "a screenshot with something on it");
        context.WriteLine($"screenshot: {file} ({png.Length} B)");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var target = Path.Combine(AddinHostFixture.RepositoryRoot, "docs", "images", name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            context.WriteLine($"updated docs/images/{name}");
        }

        return file;
    }
}
