using System.Text;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.Validation;
using DoiThoai.Reports.Tests.TestData;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workbooks;

[TestClass]
public sealed class SubmissionSheetReaderTests
{
    private static Task<WorkbookReadResult> Read(IWorkbookSource source) =>
        SubmissionSheetReader.ReadAsync(source, TestProfiles.Profile, TestProfiles.Calendar);

    [TestMethod]
    public async Task A_valid_row_becomes_a_submission_without_findings()
    {
        var result = await Read(SheetRows.Sheet(SheetRows.Valid()));

        Assert.IsEmpty(result.Findings, string.Join("\n", result.Findings));
        var s = result.Submissions.Single();
        Assert.AreEqual("2022-10-001", s.Id);
        Assert.AreEqual(new LocalDate(2022, 10, 20), s.ReceivedOn);
        Assert.IsNull(s.ReceivedAt);
        Assert.AreEqual(Cohort.Day, s.Cohort);
        Assert.AreEqual("Cơ sở vật chất", s.Topic);
        Assert.AreEqual(new YearMonth(2022, 10), s.SessionMonth);
        Assert.AreEqual(SubmissionStatus.New, s.Status);
        Assert.AreEqual(SubmissionChannel.Email, s.Channel);
        Assert.IsFalse(s.IsAnonymous);
    }

    [TestMethod]
    public async Task Headers_in_any_order_and_without_diacritics_are_found_and_extra_columns_ignored()
    {
        // Reversed order, no diacritics, upper case, plus an unknown "Ghi chu" column in the middle.
        var headers = WorkbookLayout.Columns.Reverse()
            .Select(c => (object?)RemoveDiacritics(c.Header).ToUpperInvariant())
            .Prepend("Ghi chu")
            .ToArray();
        var values = SheetRows.Valid().Reverse().Prepend("ghi chú tùy ý").ToArray();
        var source = new InMemoryWorkbookSource([SheetRows.Row(1, headers), SheetRows.Row(2, values)]);

        var result = await Read(source);

        Assert.IsEmpty(result.Findings, string.Join("\n", result.Findings));
        Assert.AreEqual("10A1", result.Submissions.Single().ClassOrRoom);
    }

    [TestMethod]
    public async Task Missing_required_columns_give_one_error_naming_them_all()
    {
        var header = SheetRows.Header().With(SubmissionColumn.Topic, "Ghi chú").With(SubmissionColumn.SessionMonth, null);
        var source = new InMemoryWorkbookSource([SheetRows.Row(1, header), SheetRows.Row(2, SheetRows.Valid()), SheetRows.Row(3, SheetRows.Valid(2))]);

        var result = await Read(source);

        var finding = result.Findings.Single();
        Assert.AreEqual(FindingCodes.MissingColumns, finding.Code);
        Assert.AreEqual("KienNghi!A1", finding.Address);
        StringAssert.Contains(finding.Message, "Chủ đề");
        StringAssert.Contains(finding.Message, "Tháng đối thoại");
        Assert.AreEqual(2, result.RowsRead);
        Assert.AreEqual(2, result.Rejected);
        Assert.AreEqual(0, result.Accepted);
    }

    [TestMethod]
    [DataRow(SubmissionColumn.Topic, "Học phí", FindingCodes.UnknownTopic, "E2", true)]
    [DataRow(SubmissionColumn.ClassOrRoom, "10A9", FindingCodes.UnknownClass, "D2", true)]
    [DataRow(SubmissionColumn.ClassOrRoom, "Phòng 3", FindingCodes.UnknownClass, "D2", true)]
    [DataRow(SubmissionColumn.Cohort, "Nội trú", FindingCodes.UnknownCohort, "C2", true)]
    [DataRow(SubmissionColumn.Status, "Đang xử lý", FindingCodes.UnknownStatus, "L2", true)]
    [DataRow(SubmissionColumn.Content, "   ", FindingCodes.EmptyContent, "F2", true)]
    [DataRow(SubmissionColumn.Content, null, FindingCodes.EmptyContent, "F2", true)]
    [DataRow(SubmissionColumn.Id, null, FindingCodes.EmptyValue, "A2", true)]
    [DataRow(SubmissionColumn.ReceivedOn, "32/10/2022", FindingCodes.BadDate, "B2", true)]
    [DataRow(SubmissionColumn.ReceivedOn, "15/08/2021", FindingCodes.DateOutsideYear, "B2", true)]
    [DataRow(SubmissionColumn.ReceivedOn, "err:#N/A", FindingCodes.ErrorCell, "B2", true)]
    [DataRow(SubmissionColumn.Topic, "err:#REF!", FindingCodes.ErrorCell, "E2", true)]
    [DataRow(SubmissionColumn.SessionMonth, "13/2022", FindingCodes.BadMonth, "K2", true)]
    [DataRow(SubmissionColumn.SessionMonth, "07/2023", FindingCodes.NoSession, "K2", true)]
    [DataRow(SubmissionColumn.ReceivedOn, "28/10/2022", FindingCodes.Late, "B2", false)]
    [DataRow(SubmissionColumn.ReceivedOn, "27/10/2022 15:01", FindingCodes.Late, "B2", false)]
    [DataRow(SubmissionColumn.Channel, "Zalo", FindingCodes.UnknownChannel, "I2", false)]
    [DataRow(SubmissionColumn.Anonymous, "Có lẽ", FindingCodes.UnknownAnonymous, "H2", false)]
    [DataRow(SubmissionColumn.SessionMonth, null, FindingCodes.MonthInferred, "K2", false)]
    [DataRow(SubmissionColumn.SessionMonth, "10", FindingCodes.MonthInferred, "K2", false)]
    public async Task Each_finding_kind_is_reported_at_its_cell(SubmissionColumn column, string? value, string code, string cell, bool rejects)
    {
        object? cellValue = value is not null && value.StartsWith("err:", StringComparison.Ordinal) ? new ErrorValue(value[4..]) : value;
        var result = await Read(SheetRows.Sheet(SheetRows.Valid().With(column, cellValue)));

        var finding = result.Findings.SingleOrDefault(f => f.Code == code);
        Assert.IsNotNull(finding, $"expected {code}; got: " + string.Join("\n", result.Findings));
        Assert.AreEqual($"KienNghi!{cell}", finding.Address);
        Assert.AreEqual(rejects ? FindingSeverity.Error : FindingSeverity.Warning, finding.Severity);
        Assert.AreEqual(rejects ? 0 : 1, result.Accepted);
        Assert.AreEqual(rejects ? 1 : 0, result.Rejected);
        Assert.IsFalse(string.IsNullOrWhiteSpace(finding.Message));
    }

    [TestMethod]
    public async Task Text_longer_than_an_Excel_cell_is_an_error_and_long_content_a_warning()
    {
        var tooLong = new string('a', WorkbookLayout.MaxCellText + 1);
        var long1 = new string('b', SubmissionLimits.ContentLength + 1);
        var result = await Read(SheetRows.Sheet(
            SheetRows.Valid(1).With(SubmissionColumn.Answer, tooLong),
            SheetRows.Valid(2).With(SubmissionColumn.Content, long1)));

        Assert.AreEqual("KienNghi!M2", result.Findings.Single(f => f.Code == FindingCodes.TextTooLong).Address);
        var warning = result.Findings.Single(f => f.Code == FindingCodes.ContentTooLong);
        Assert.AreEqual("KienNghi!F3", warning.Address);
        Assert.AreEqual(FindingSeverity.Warning, warning.Severity);
        Assert.AreEqual("2022-10-002", result.Submissions.Single().Id);
    }

    [TestMethod]
    public async Task A_duplicate_id_rejects_the_later_row_and_names_the_first()
    {
        var result = await Read(SheetRows.Sheet(SheetRows.Valid(1), SheetRows.Valid(2), SheetRows.Valid(1)));

        var finding = result.Findings.Single();
        Assert.AreEqual(FindingCodes.DuplicateId, finding.Code);
        Assert.AreEqual("KienNghi!A4", finding.Address);
        StringAssert.Contains(finding.Message, "KienNghi!A2");
        Assert.AreEqual(2, result.Accepted);
        Assert.AreEqual(1, result.Rejected);
    }

    [TestMethod]
    public async Task The_deadline_day_without_a_time_is_on_time_and_a_time_before_15h_too()
    {
        var result = await Read(SheetRows.Sheet(
            SheetRows.Valid(1).With(SubmissionColumn.ReceivedOn, new LocalDate(2022, 10, 27)),
            SheetRows.Valid(2).With(SubmissionColumn.ReceivedOn, new LocalDateTime(2022, 10, 27, 14, 59)),
            SheetRows.Valid(3).With(SubmissionColumn.ReceivedOn, new LocalDateTime(2022, 10, 27, 15, 30))));

        Assert.AreEqual("KienNghi!B4", result.Findings.Single(f => f.Code == FindingCodes.Late).Address);
        Assert.AreEqual(3, result.Accepted);
        Assert.AreEqual(new LocalTime(14, 59), result.Submissions[1].ReceivedAt);
    }

    [TestMethod]
    [DataRow("20/10/2022", 2022, 10, 20, null)]
    [DataRow("5/9/2022", 2022, 9, 5, null)]
    [DataRow("2022-10-20", 2022, 10, 20, null)]
    [DataRow("20/10/2022 08:30", 2022, 10, 20, "08:30")]
    [DataRow("2022-10-20T08:30:00", 2022, 10, 20, "08:30")]
    [DataRow("serial:44854", 2022, 10, 20, null)]
    [DataRow("serial:44854.75", 2022, 10, 20, "18:00")]
    public async Task Dates_are_read_from_serials_and_text(string value, int year, int month, int day, string? time)
    {
        object cell = value.StartsWith("serial:", StringComparison.Ordinal) ? double.Parse(value[7..], System.Globalization.CultureInfo.InvariantCulture) : value;
        var result = await Read(SheetRows.Sheet(SheetRows.Valid().With(SubmissionColumn.ReceivedOn, cell).With(SubmissionColumn.SessionMonth, "11/2022")));

        var s = result.Submissions.Single();
        Assert.AreEqual(new LocalDate(year, month, day), s.ReceivedOn);
        Assert.AreEqual(time, s.ReceivedAt is { } t ? $"{t.Hour:00}:{t.Minute:00}" : null);
    }

    [TestMethod]
    [DataRow("10/2022")]
    [DataRow("2022-10")]
    [DataRow("tháng 10/2022")]
    [DataRow("01/10/2022")]
    [DataRow("serial:44835")]
    public async Task Session_months_are_read_in_every_accepted_form(string value)
    {
        object cell = value.StartsWith("serial:", StringComparison.Ordinal) ? new LocalDate(2022, 10, 1) : value;
        var result = await Read(SheetRows.Sheet(SheetRows.Valid().With(SubmissionColumn.SessionMonth, cell)));

        Assert.IsEmpty(result.Findings, string.Join("\n", result.Findings));
        Assert.AreEqual(new YearMonth(2022, 10), result.Submissions.Single().SessionMonth);
    }

    [TestMethod]
    public async Task Labels_match_without_diacritics_or_case_and_by_enum_name()
    {
        var row = SheetRows.Valid()
            .With(SubmissionColumn.Cohort, "ban tru")
            .With(SubmissionColumn.ClassOrRoom, "phong 3")
            .With(SubmissionColumn.Status, "DA GIAI QUYET")
            .With(SubmissionColumn.Channel, "HandwrittenPaper")
            .With(SubmissionColumn.Anonymous, "co")
            .With(SubmissionColumn.Topic, "co so vat chat");
        var result = await Read(SheetRows.Sheet(row));

        Assert.IsEmpty(result.Findings, string.Join("\n", result.Findings));
        var s = result.Submissions.Single();
        Assert.AreEqual(Cohort.SemiBoarding, s.Cohort);
        Assert.AreEqual("Phòng 3", s.ClassOrRoom);
        Assert.AreEqual(SubmissionStatus.Resolved, s.Status);
        Assert.AreEqual(SubmissionChannel.HandwrittenPaper, s.Channel);
        Assert.IsTrue(s.IsAnonymous);
        Assert.IsNull(s.DisplayName);
        Assert.AreEqual("Cơ sở vật chất", s.Topic);
    }

    [TestMethod]
    public async Task Text_is_NFC_normalised_trimmed_and_cleared_of_XML_invalid_characters()
    {
        var decomposed = "  Quạt hỏng\u0001 ".Normalize(NormalizationForm.FormD);
        var result = await Read(SheetRows.Sheet(SheetRows.Valid().With(SubmissionColumn.Content, decomposed)));

        Assert.AreEqual("Quạt hỏng", result.Submissions.Single().Content);
        Assert.IsTrue(result.Submissions.Single().Content.IsNormalized(NormalizationForm.FormC));
    }

    [TestMethod]
    public async Task Counts_reconcile_with_title_rows_blank_rows_and_hidden_rows()
    {
        var rows = new List<SheetRow>
        {
            SheetRows.Row(1, "SỔ TỔNG HỢP Ý KIẾN HỌC SINH"),
            SheetRows.Row(3, SheetRows.Header()),
            SheetRows.Row(4, SheetRows.Valid(1)),
            SheetRows.Row(6, SheetRows.Valid(2).With(SubmissionColumn.Topic, "???")),
            SheetRows.Row(7, "   "),
            SheetRows.Row(9, SheetRows.Valid(3)) with { IsHidden = true },
        };

        var result = await Read(new InMemoryWorkbookSource(rows));

        Assert.AreEqual(3, result.HeaderRow);
        Assert.AreEqual(1, result.RowsAboveHeader);
        Assert.AreEqual(3, result.RowsRead);
        Assert.AreEqual(2, result.Accepted);
        Assert.AreEqual(1, result.Rejected);
        Assert.AreEqual(3, result.BlankRows);
        Assert.AreEqual(result.RowsRead, result.Accepted + result.Rejected);
        Assert.AreEqual("KienNghi!A9", result.Findings.Single(f => f.Code == FindingCodes.HiddenRow).Address);
        Assert.AreEqual("KienNghi!E6", result.Findings.Single(f => f.Code == FindingCodes.UnknownTopic).Address);
    }

    [TestMethod]
    public async Task An_empty_sheet_is_one_error()
    {
        var result = await Read(new InMemoryWorkbookSource([]));

        Assert.AreEqual(FindingCodes.EmptySheet, result.Findings.Single().Code);
        Assert.AreEqual(0, result.RowsRead);
    }

    [TestMethod]
    public async Task Addresses_use_the_sheet_the_source_read()
    {
        var source = new InMemoryWorkbookSource([SheetRows.Row(1, SheetRows.Header()), SheetRows.Row(2, SheetRows.Valid().With(SubmissionColumn.Topic, "x"))], "Sheet1");

        var result = await Read(source);

        Assert.AreEqual("Sheet1!E2", result.Findings.Single().Address);
    }

    [TestMethod]
    public async Task Reading_stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var source = SheetRows.Sheet(SheetRows.Valid(1), SheetRows.Valid(2));

        await Assert.ThrowsAsync<OperationCanceledException>(() => SubmissionSheetReader.ReadAsync(source, TestProfiles.Profile, TestProfiles.Calendar, cancellation.Token));
    }

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray())
            .Replace('đ', 'd').Replace('Đ', 'D');
    }
}
