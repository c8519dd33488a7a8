
namespace DoiThoai.Reports.Submissions.Validation;

/// <summary>Stable codes of <see cref="Finding"/>s, for machines (JSON output, tests); the messages are in <see cref="FindingMessages"/>.</summary>
public static class FindingCodes
{
    /// <summary>Required columns are missing from the header row: nothing can be read.</summary>
    public const string MissingColumns = "MISSING_COLUMNS";

    /// <summary>The sheet holds no row at all.</summary>
    public const string EmptySheet = "EMPTY_SHEET";

    /// <summary>A submission ID appears on an earlier row.</summary>
    public const string DuplicateId = "DUPLICATE_ID";

    /// <summary>A required cell other than the content is empty.</summary>
    public const string EmptyValue = "EMPTY_VALUE";

    /// <summary>The submission's content is empty.</summary>
    public const string EmptyContent = "EMPTY_CONTENT";

    /// <summary>The cell holds an Excel error such as <c>#N/A</c>.</summary>
    public const string ErrorCell = "ERROR_CELL";

    /// <summary>A cell's text is longer than Excel allows (<see cref="Sheets.WorkbookLayout.MaxCellText"/>).</summary>
    public const string TextTooLong = "TEXT_TOO_LONG";

    /// <summary>The content is longer than <see cref="SubmissionLimits.ContentLength"/>: kept, but should be summarised.</summary>
    public const string ContentTooLong = "CONTENT_TOO_LONG";

    public const string UnknownTopic = "UNKNOWN_TOPIC";

    /// <summary>The class or boarding room is not in the profile's list for the row's cohort.</summary>
    public const string UnknownClass = "UNKNOWN_CLASS";

    public const string UnknownCohort = "UNKNOWN_COHORT";

    public const string UnknownStatus = "UNKNOWN_STATUS";

    /// <summary>Unknown channel: the row is kept as email (the plan's default).</summary>
    public const string UnknownChannel = "UNKNOWN_CHANNEL";

    /// <summary>Unknown yes/no in the anonymous column: the row is kept as anonymous, to be safe.</summary>
    public const string UnknownAnonymous = "UNKNOWN_ANONYMOUS";

    /// <summary>The received date cannot be read as a date.</summary>
    public const string BadDate = "BAD_DATE";

    /// <summary>The received date lies outside the school year's teaching months.</summary>
    public const string DateOutsideYear = "DATE_OUTSIDE_YEAR";

    /// <summary>The session month cannot be read as a month.</summary>
    public const string BadMonth = "BAD_MONTH";

    /// <summary>The session month was empty or lacked its year, and was inferred.</summary>
    public const string MonthInferred = "MONTH_INFERRED";

    /// <summary>The calendar has no session for that cohort in that month.</summary>
    public const string NoSession = "NO_SESSION";

    /// <summary>Received after its session's deadline.</summary>
    public const string Late = "LATE";

    /// <summary>The row is hidden in the sheet; it is read all the same.</summary>
    public const string HiddenRow = "HIDDEN_ROW";

    /// <summary>The cell holds something that cannot be read (a number that is not one, an unknown cell type): not taken for empty.</summary>
    public const string UnreadableCell = "UNREADABLE_CELL";

    /// <summary>More data rows than <see cref="Sheets.WorkbookLimits.MaxDataRows"/>: the rest are counted, not checked.</summary>
    public const string TooManyRows = "TOO_MANY_ROWS";

    /// <summary>The rows hold more text than <see cref="Sheets.WorkbookLimits.MaxKeptTextChars"/>: the rest are counted, not checked.</summary>
    public const string TooMuchText = "TOO_MUCH_TEXT";

    /// <summary>Another sheet has the submissions header and rows under it, which are not read.</summary>
    public const string OtherSheetRows = "OTHER_SHEET_ROWS";
}
