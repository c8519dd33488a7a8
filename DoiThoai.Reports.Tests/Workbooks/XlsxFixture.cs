using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>
/// Writes .xlsx files whose sheet XML is given verbatim, to test the reader against what Excel, LibreOffice
/// and other tools actually write (shared and inline strings, formulas, merges, styles, 1904 dates).
/// Shared strings starting with <c>raw:</c> are written as XML. Styles: 0 General, 1 built-in date (14), 2 custom <c>d/m/yyyy h:mm</c>, 3 custom <c>0.00</c>, 4 text (49).
/// </summary>
internal static class XlsxFixture
{
    private const string Namespaces = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    public static void Write(string path, IReadOnlyList<FixtureSheet> sheets, IReadOnlyList<string>? sharedStrings = null, bool date1904 = false)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheetElements = new Sheets();
        for (var i = 0; i < sheets.Count; i++)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var body = sheets[i].Body;
            if (sheets[i].TableName is { } tableName)
            {
                var table = part.AddNewPart<TableDefinitionPart>();
                Feed(table, $"<table {Namespaces} id=\"{i + 1}\" name=\"{tableName}\" displayName=\"{tableName}\" ref=\"A1:A2\"><tableColumns count=\"1\"><tableColumn id=\"1\" name=\"A\"/></tableColumns></table>");
                body += $"<tableParts count=\"1\"><tablePart r:id=\"{part.GetIdOfPart(table)}\"/></tableParts>";
            }

            Feed(part, $"<worksheet {Namespaces}>{body}</worksheet>");
            sheetElements.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)i + 1, Id = workbook.GetIdOfPart(part) });
        }

        if (sharedStrings is not null)
        {
            var sst = new StringBuilder($"<sst {Namespaces} count=\"{sharedStrings.Count}\" uniqueCount=\"{sharedStrings.Count}\">");
            foreach (var s in sharedStrings)
            {
                sst.Append(s.StartsWith("raw:", StringComparison.Ordinal) ? $"<si>{s[4..]}</si>" : $"<si><t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(UntrustedText.IsXmlValid(s) ? s : new string(s.Where(c => c >= 0x20 && !char.IsSurrogate(c)).ToArray()))}</t></si>");
            }

            Feed(workbook.AddNewPart<SharedStringTablePart>(), sst.Append("</sst>").ToString());
        }

        Feed(workbook.AddNewPart<WorkbookStylesPart>(), $"""
            <styleSheet {Namespaces}>
              <numFmts count="2"><numFmt numFmtId="164" formatCode="d/m/yyyy h:mm"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>
              <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
              <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
              <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
              <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
              <cellXfs count="5">
                <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
              </cellXfs>
            </styleSheet>
            """);
        workbook.Workbook = new Workbook(sheetElements);
        if (date1904)
        {
            workbook.Workbook.WorkbookProperties = new WorkbookProperties { Date1904 = true };
        }

        workbook.Workbook.Save();
    }

    /// <summary>A sheet named KienNghi with <paramref name="sheetData"/> as its rows.</summary>
    public static void WriteSheet(string path, string sheetData, IReadOnlyList<string>? sharedStrings = null, string? afterData = null) =>
        Write(path, [new FixtureSheet("KienNghi", $"<sheetData>{sheetData}</sheetData>{afterData}")], sharedStrings);

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }
}
