namespace DoiThoai.Reports;

/// <summary>The stable codes of <see cref="DoiThoaiException"/>, for machines: the host's ProblemDetails carry them.</summary>
public static class ErrorCodes
{
    /// <summary>The school profile is missing, not JSON, or has faulty fields.</summary>
    public const string ProfileInvalid = "PROFILE_INVALID";

    /// <summary>No workbook was named, or the named file does not exist.</summary>
    public const string WorkbookNotFound = "WORKBOOK_NOT_FOUND";

    /// <summary>The file is not an .xlsx the product can read (damaged, another format, over a limit).</summary>
    public const string WorkbookInvalid = "WORKBOOK_INVALID";

    /// <summary>The workbook is open in Excel or LibreOffice: writing now would be overwritten by their save.</summary>
    public const string WorkbookOpenInEditor = "WORKBOOK_OPEN_IN_EDITOR";

    /// <summary>Another write to the same workbook did not finish in time.</summary>
    public const string WorkbookBusy = "WORKBOOK_BUSY";

    /// <summary>The workbook cannot be reached or read (permissions, network, Microsoft Graph).</summary>
    public const string WorkbookUnavailable = "WORKBOOK_UNAVAILABLE";

    /// <summary>Microsoft 365 settings or sign-in are wrong or missing.</summary>
    public const string GraphConfiguration = "GRAPH_CONFIGURATION";

    /// <summary>No session with that id in the school year.</summary>
    public const string SessionUnknown = "SESSION_UNKNOWN";

    /// <summary>No teaching month with that name in the school year.</summary>
    public const string MonthUnknown = "MONTH_UNKNOWN";

    /// <summary>The minutes belong to another session than the one named.</summary>
    public const string SessionMismatch = "SESSION_MISMATCH";

    /// <summary>The file given as minutes is not a Word document the product can read.</summary>
    public const string MinutesInvalid = "MINUTES_INVALID";

    /// <summary>The school's template is not a usable Word template.</summary>
    public const string TemplateInvalid = "TEMPLATE_INVALID";

    /// <summary>An output would replace one of the command's inputs (the workbook, the template, the minutes read).</summary>
    public const string OutputIsInput = "OUTPUT_IS_INPUT";

    /// <summary>The output exists and replacing it was not asked for.</summary>
    public const string OutputExists = "OUTPUT_EXISTS";

    /// <summary>The output cannot be written (permissions, a missing folder, a full disk).</summary>
    public const string OutputUnwritable = "OUTPUT_UNWRITABLE";

    /// <summary>An option or field has a value the product cannot use.</summary>
    public const string BadInput = "BAD_INPUT";

    /// <summary>An uploaded file is over a size or structure limit.</summary>
    public const string TooLarge = "TOO_LARGE";

    /// <summary>
    /// Microsoft 365 asks the signed-in person to sign in again or to consent (multi-factor authentication,
    /// conditional access, a permission not yet granted). The exception is a
    /// <see cref="Microsoft365.ConsentRequiredException"/>, carrying the claims the page passes to its sign-in.
    /// </summary>
    public const string ConsentRequired = "CONSENT_REQUIRED";

    /// <summary>Microsoft 365 stayed busy (429, 503, 504) after the retries; trying again later is safe.</summary>
    public const string GraphBusy = "GRAPH_BUSY";

    /// <summary>Microsoft 365 refused or failed a mail, calendar or file request (permissions, network, an error answer).</summary>
    public const string GraphUnavailable = "GRAPH_UNAVAILABLE";

    /// <summary>The OneDrive/SharePoint folder, the mailbox or the calendar named does not exist or is not shared with the person.</summary>
    public const string GraphNotFound = "GRAPH_NOT_FOUND";

    /// <summary>A reminder was asked for, but every class or room has sent its submissions.</summary>
    public const string NothingToRemind = "NOTHING_TO_REMIND";

    /// <summary>The task needs Microsoft 365 sign-in, and the host runs in the embedded default.</summary>
    public const string NotAvailable = "NOT_AVAILABLE";
}
