using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>The byte-level scanner against the XmlReader oracle, over sheets written in every legal style.</summary>
[TestClass]
public sealed class SheetDataScannerTests
{
    [TestMethod]
    public void Randomly_styled_sheets_read_the_same_as_with_XmlReader()
    {
        using var dir = new TemporaryDirectory();
        for (var seed = 1; seed <= 150; seed++)
        {
            var random = new Random(seed);
            var path = dir.File($"s{seed}.xlsx");
            XlsxFixture.Write(path, [new FixtureSheet("KienNghi", StyledSheetData(random))], ["chung", "đặc biệt & <khác>", "  có khoảng trắng  "]);

            var scanned = new LocalWorkbookSource(path).ReadRows().ToList();
            using var document = SpreadsheetDocument.Open(path, false);
            var workbook = document.WorkbookPart!;
            var oracle = new XmlReaderRowOracle();
            var expected = oracle.Rows(workbook.WorksheetParts.Single(), oracle.SharedStrings(workbook), SpreadsheetStyles.DateStyles(workbook), 0, default).ToList();

            Assert.AreEqual(Describe(expected), Describe(scanned), $"seed {seed}");
        }
    }

    [TestMethod]
    public void A_prefixed_single_quoted_sheet_with_comments_and_entities_is_read()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("p.xlsx");
        XlsxFixture.Write(path, [new FixtureSheet("KienNghi", """
            <!-- một chú thích --><sheetData>
            <row r='2'   hidden = "1" ><!-- <row r="99"> -->
              <c r='B2' t='inlineStr' ><is><t>a &lt;b&gt; &amp; &#x1EA1;&#97;<![CDATA[<c>]]></t></is></c>
              <c r="C2"><f>SUM(A1:A2)&gt;0</f><v>  3.5 </v></c>
            </row></sheetData>
            """)]);

        var row = new LocalWorkbookSource(path).ReadRows().Single();

        Assert.AreEqual(2, row.RowNumber);
        Assert.IsTrue(row.IsHidden);
        Assert.AreEqual("a <b> & ạa<c>", row.Cells[0].Text);
        Assert.AreEqual(3.5, row.Cells[1].Number);
    }

    private static string Describe(List<SheetRow> rows) => string.Join("\n", rows.Select(r =>
        $"{r.RowNumber}{(r.IsHidden ? "h" : "")}: " + string.Join(" | ", r.Cells.Select(c => $"{c.Column}:{c.Kind}:{c.Text?.Trim()}:{c.Number}:{c.IsDateFormatted}"))));

    private static string StyledSheetData(Random random)
    {
        string Space() => random.Next(4) == 0 ? new[] { " ", "  ", "\n  ", "\t" }[random.Next(4)] : "";
        string Quote(string value) => random.Next(2) == 0 ? $"\"{value}\"" : $"'{value}'";
        var texts = new[] { "thường", "a & b", "<thẻ>", "dòng\r\nmới", "_x000D_", "  lề  ", "Việt Nam ạ", "\"trích\"", "ký tự 𝄞" };
        var xml = new StringBuilder("<sheetData>");
        var row = 0;
        for (var r = 0; r < random.Next(1, 12); r++)
        {
            row += random.Next(1, 3);
            var rowAttributes = (random.Next(6) == 0 ? "" : $" r={Quote(row.ToString())}") + (random.Next(8) == 0 ? $"{Space()} hidden={Quote("1")}" : "") + (random.Next(5) == 0 ? $" spans={Quote("1:5")}" : "");
            if (random.Next(10) == 0)
            {
                xml.Append($"<row{rowAttributes}{Space()}/>");
                continue;
            }

            xml.Append($"<row{rowAttributes}{Space()}>{Space()}");
            var column = 0;
            for (var c = 0; c < random.Next(0, 6); c++)
            {
                column += random.Next(1, 3);
                var reference = random.Next(6) == 0 ? "" : $" r={Quote(CellAddress.Of(column - 1, row))}";
                var text = System.Security.SecurityElement.Escape(texts[random.Next(texts.Length)])!.Replace("&apos;", "&#39;");
                xml.Append(random.Next(9) switch
                {
                    0 => $"<c{reference}{Space()} t={Quote("s")}><v>{random.Next(3)}</v></c>",
                    1 => $"<c{reference} t={Quote("inlineStr")}{Space()}><is><t xml:space=\"preserve\">{text}</t></is></c>",
                    2 => $"<c{reference} t=\"inlineStr\"><is><r><rPr><b/></rPr><t>{text}</t></r><r><t>{text}</t></r><rPh sb=\"0\" eb=\"1\"><t>ph</t></rPh></is></c>",
                    3 => $"<c{reference} s={Quote(random.Next(5).ToString())}><v>{random.Next(40000, 50000)}.{random.Next(100)}</v></c>",
                    4 => $"<c{reference} t=\"str\"><f>A1&amp;\"x\"</f><v>{text}</v></c>",
                    5 => $"<c{reference} t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>",
                    6 => $"<c{reference} t=\"b\"><v>{random.Next(2)}</v></c>",
                    7 => $"<c{reference} s=\"1\"/>",
                    _ => $"<c{reference}><!-- x --><v><![CDATA[{random.Next(100)}]]></v></c>",
                });
                xml.Append(Space());
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData>").ToString();
    }
}
