namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>The Word pane must paint fast on a school's slow machines: its own scripts and styles stay within 60 KB.</summary>
[TestClass]
public sealed class PaneBudgetTest
{
    private const int BudgetBytes = 60 * 1024;

    [TestMethod]
    public void Task_pane_scripts_and_styles_total_at_most_60_KB()
    {
        var assets = BuiltPages.LocalReferences("taskpane.html")
            .Where(r => r.File.EndsWith(".js", StringComparison.Ordinal) || r.File.EndsWith(".css", StringComparison.Ordinal))
            .Select(r => r.File)
            .Distinct()
            .ToList();
        Assert.IsTrue(assets.Any(f => f.EndsWith(".js", StringComparison.Ordinal)) && assets.Any(f => f.EndsWith(".css", StringComparison.Ordinal)), "taskpane.html references no script or no stylesheet");

        var total = assets.Sum(f => new FileInfo(f).Length);
        var list = string.Join(", ", assets.Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length} B"));
        Assert.IsLessThanOrEqualTo(BudgetBytes, total, $"the pane ships {total} B ({list}); budget {BudgetBytes} B");
    }
}
