using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Workbooks.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace DoiThoai.Reports.Tests.Workbooks.Graph;

/// <summary>Graph's cells within <see cref="WorkbookLimits"/>, as a local file's are: the one parser then treats both alike.</summary>
[TestClass]
public sealed class GraphCellsLimitsTests
{
    private static List<SheetRow> Rows(params UntypedNode[] cells) =>
        [.. GraphCells.Rows(new WorkbookRange { Address = "KienNghi!A2:Z2", Values = new UntypedArray([new UntypedArray(cells)]) })];

    [TestMethod]
    public void A_text_over_Excels_limit_is_kept_to_the_limit_with_its_real_length()
    {
        var cell = Rows(new UntypedString(new string('x', 100_000))).Single().Cells.Single();

        Assert.AreEqual(WorkbookLimits.MaxCellText + 1, cell.Text!.Length);
        Assert.AreEqual(100_000, cell.TextLength);
    }

    [TestMethod]
    public void A_value_of_no_known_kind_is_unreadable_not_empty()
    {
        var cell = Rows(new UntypedObject(new Dictionary<string, UntypedNode>())).Single().Cells.Single();

        Assert.AreEqual(SheetCellKind.Unreadable, cell.Kind);
    }

    [TestMethod]
    public void Text_beyond_what_one_row_may_carry_is_unreadable()
    {
        var full = new string('y', WorkbookLimits.MaxCellText);
        var cells = Rows([.. Enumerable.Range(0, 20).Select(_ => (UntypedNode)new UntypedString(full))]).Single().Cells;

        Assert.AreEqual(WorkbookLimits.MaxRowTextChars / WorkbookLimits.MaxCellText, cells.Count(c => c.Kind == SheetCellKind.Text));
        Assert.IsTrue(cells.Skip(16).All(c => c.Kind == SheetCellKind.Unreadable));
    }
}
