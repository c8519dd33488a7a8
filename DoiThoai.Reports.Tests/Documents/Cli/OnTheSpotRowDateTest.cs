using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DoiThoai.Cli;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Documents.Minutes;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Documents.Cli;

/// <summary>
/// A question raised at the session becomes a row whose received date is the session's day: a whole-day serial shown
/// by a date-only format, so the cell never shows a day while holding a time (nor a time that is not there).
/// </summary>
[TestClass]
public sealed class OnTheSpotRowDateTest
{
    [TestMethod]
    public void The_on_the_spot_row_s_received_date_is_the_session_day_with_a_date_only_format()
    {
        var dir = Directory.CreateTempSubdirectory("doithoai-onthespot-date-");
        try
        {
            var workbook = Path.Combine(dir.FullName, "so.xlsx");
            WorkbookTemplate.Create(workbook, DocumentTestData.Profile, SampleSubmissions.Sample(DocumentTestData.Profile, DocumentTestData.Calendar));
            var minutes = Path.Combine(dir.FullName, "bb.docx");
            Assert.AreEqual(0, DoiThoaiCommand.Run(["minutes", "--session", "2022-10-day", "--workbook", workbook, "--out", minutes], new StringWriter(), new StringWriter()));
            using (var filler = new MinutesFiller(File.ReadAllBytes(minutes)))
            {
                File.WriteAllBytes(minutes, filler.AddOnTheSpot("10A1", "Xin thêm giờ tự học buổi tối.", null).Save());
            }

            var error = new StringWriter();
            Assert.AreEqual(0, DoiThoaiCommand.Run(["minutes", "import", "--file", minutes, "--workbook", workbook], new StringWriter(), error), error.ToString());

            var read = SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(workbook), DocumentTestData.Profile, DocumentTestData.Calendar).GetAwaiter().GetResult();
            var row = read.Submissions.Single(s => s.Content == "Xin thêm giờ tự học buổi tối.");
            var session = DocumentTestData.Calendar.Find("2022-10-day")!;
            Assert.AreEqual(session.Start.Date, row.ReceivedOn);
            Assert.IsNull(row.ReceivedAt, "no time is written for a question raised at the session");

            using var document = SpreadsheetDocument.Open(workbook, false);
            var workbookPart = document.WorkbookPart!;
            var sheet = workbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name == "KienNghi");
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            var idCell = part.Worksheet.Descendants<Cell>().Single(c => c.InnerText == row.Id || c.CellValue?.Text == row.Id || c.InlineString?.InnerText == row.Id);
            var rowNumber = ((Row)idCell.Parent!).RowIndex!.Value;
            var dateCell = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == $"B{rowNumber}");
            var serial = double.Parse(dateCell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.AreEqual(Math.Floor(serial), serial, "a whole day");

            var format = workbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)dateCell.StyleIndex!.Value);
            var id = format.NumberFormatId!.Value;
            var code = workbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId!.Value == id)?.FormatCode?.Value;
            Assert.AreEqual(SpreadsheetStyles.DateFormatKind.Date, SpreadsheetStyles.KindOf(id, code), $"format {id} '{code}'");
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
