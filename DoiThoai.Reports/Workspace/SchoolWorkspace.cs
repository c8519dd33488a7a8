using DoiThoai.Reports.Documents.Digest;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Documents.Templates;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Workbooks;
using NodaTime;
using NodaTime.Text;

namespace DoiThoai.Reports.Workspace;

/// <summary>
/// One school's workspace: its profile, the year's calendar, its shared workbook and a clock. Its methods are the
/// staff's tasks (check the workbook, the calendar, the digest, the minutes, saving the minutes back, the monthly
/// report): the <c>doithoai</c> command and the add-in host both call them, so both behave alike. Thread-safe: one
/// instance serves every request of the host; reads are cached until the workbook changes, and every write goes
/// through one transaction of the store.
/// </summary>
public sealed class SchoolWorkspace
{
    private readonly object _cacheLock = new();
    private (string Version, WorkbookReadResult Result)? _cache;
    private (string Version, Task<WorkbookReadResult> Read)? _reading;

    /// <param name="profile">The school.</param>
    /// <param name="workbook">The shared workbook, or null for tasks that need none (the calendar).</param>
    /// <param name="clock">What "today" and "the next session" are measured by.</param>
    /// <param name="template">The school's own template (.docx/.dotx bytes), or null for the built-in layout.</param>
    public SchoolWorkspace(SchoolProfile profile, IWorkbookStore? workbook, IClock clock, SchoolTemplateFile? template = null)
    {
        Profile = profile;
        Workbook = workbook;
        Clock = clock;
        Template = template;
        Calendar = SessionCalendar.Build(profile);
    }

    public SchoolProfile Profile { get; }

    public SchoolCalendar Calendar { get; }

    public IWorkbookStore? Workbook { get; }

    public IClock Clock { get; }

    public SchoolTemplateFile? Template { get; }

    /// <summary>Today in the school's time zone.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Profile.TimeZone).Date;

    /// <summary>The session with that id.</summary>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.SessionUnknown"/>, listing the valid ids.</exception>
    public Session FindSession(string id) =>
        Calendar.Find(id.Trim()) ?? throw new DoiThoaiException(ErrorCodes.SessionUnknown, WorkspaceMessages.SessionUnknown(id, Calendar.Sessions));

    /// <summary>The teaching month named <c>yyyy-MM</c>.</summary>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.MonthUnknown"/>, listing the valid months.</exception>
    public YearMonth FindMonth(string text)
    {
        var parsed = YearMonthPattern.Iso.Parse(text.Trim());
        return parsed.Success && Profile.SchoolYear.TeachingMonths.Contains(parsed.Value)
            ? parsed.Value
            : throw new DoiThoaiException(ErrorCodes.MonthUnknown, WorkspaceMessages.MonthUnknown(text, Profile.SchoolYear.TeachingMonths));
    }

    /// <summary>The next session by the clock; after the year's last one, the last one (the pane always has one to show).</summary>
    public Session? NextSession() => Calendar.Next(Clock) ?? Calendar.Sessions.LastOrDefault();

    /// <summary>The months that had sessions up to now (every month once the year is over), latest last.</summary>
    public IReadOnlyList<YearMonth> MonthsHeld()
    {
        var now = Clock.GetCurrentInstant();
        return Calendar.Sessions.Where(s => s.Start.ToInstant() <= now).Select(s => s.Month).Distinct().Order().ToList();
    }

    /// <summary>The date for a document's place-date line: the one given, checked, or today.</summary>
    /// <param name="given">The date asked for, or null for today.</param>
    /// <param name="reportedMonth">
    /// For a monthly report, the month it reports: the report tells what the month's sessions did, so it cannot be
    /// dated before the last of them.
    /// </param>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.BadInput"/> for a date that makes no sense here.</exception>
    public LocalDate DocumentDate(LocalDate? given, YearMonth? reportedMonth = null)
    {
        if (given is not { } date)
        {
            return Today;
        }

        // The year first: 01/01/0001 is a typing slip, not a date before the month.
        var first = Profile.SchoolYear.FirstTeachingDay.PlusMonths(-3);
        var last = LocalDate.Max(Today, Profile.SchoolYear.LastTeachingDay).PlusYears(1);
        if (date < first || date > last)
        {
            throw new DoiThoaiException(ErrorCodes.BadInput, WorkspaceMessages.DateOutOfRange(date, first, last));
        }

        if (reportedMonth is { } month)
        {
            var lastSession = Calendar.Sessions.Where(s => s.Month == month).Select(s => s.Start.Date).DefaultIfEmpty(month.OnDayOfMonth(1)).Max();
            if (date < lastSession)
            {
                throw new DoiThoaiException(ErrorCodes.BadInput, WorkspaceMessages.DateBeforeMonth(date, month, lastSession));
            }
        }

        return date;
    }

    /// <summary>Reads and checks every row of the workbook (cached until the workbook changes).</summary>
    /// <exception cref="WorkbookAccessException">The workbook cannot be read.</exception>
    public async Task<WorkbookReadResult> ReadWorkbookAsync(CancellationToken cancellationToken = default)
    {
        var store = RequireWorkbook();
        var version = await store.VersionAsync(cancellationToken);
        Task<WorkbookReadResult> read;
        lock (_cacheLock)
        {
            if (version is not null && _cache is { } cached && cached.Version == version)
            {
                return cached.Result;
            }

            // Requests that miss together share one read of that version (the host's warm-up and the pane's first
            // request, several teachers opening the pane): one read of the workbook, one result every request renders.
            if (version is not null && _reading is { } reading && reading.Version == version)
            {
                read = reading.Read;
            }
            else
            {
                read = ReadAndKeepAsync(store, version);
                if (version is not null)
                {
                    _reading = (version, read);
                }
            }
        }

        return await read.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// One read, kept when the version still holds after it (the file may have changed while it was read). Shared by
    /// every request that waits for it, so it is not cancelled by one of them: a read is bounded by the workbook limits.
    /// </summary>
    private async Task<WorkbookReadResult> ReadAndKeepAsync(IWorkbookStore store, string? version)
    {
        try
        {
            var result = await SubmissionSheetReader.ReadAsync(store.Source, Profile, Calendar, CancellationToken.None);
            if (version is not null && version == await store.VersionAsync(CancellationToken.None))
            {
                lock (_cacheLock)
                {
                    _cache = (version, result);
                }
            }

            return result;
        }
        finally
        {
            lock (_cacheLock)
            {
                if (_reading is { } reading && reading.Version == version)
                {
                    _reading = null;
                }
            }
        }
    }

    /// <summary>
    /// A read for a task that needs only some submissions: the cached full read when there is one, otherwise a read
    /// that checks every row but keeps only those <paramref name="keep"/> holds true for (not cached). A cold
    /// <c>doithoai report</c> so holds one month of a 90,000-row workbook in memory, not the year.
    /// </summary>
    private async Task<WorkbookReadResult> ReadKeepingAsync(Func<Submission, bool> keep, CancellationToken cancellationToken)
    {
        var store = RequireWorkbook();
        var version = await store.VersionAsync(cancellationToken);
        lock (_cacheLock)
        {
            if (version is not null && _cache is { } cached && cached.Version == version)
            {
                return cached.Result;
            }
        }

        return await SubmissionSheetReader.ReadAsync(store.Source, Profile, Calendar, cancellationToken, keep);
    }

    /// <summary>Every session of the year with its counts, and the next one (what the pane shows first).</summary>
    public async Task<SessionsOverview> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var read = await ReadWorkbookAsync(cancellationToken);
        return SessionsOverview.Of(Calendar, read, NextSession());
    }

    /// <summary>The submissions a session takes up.</summary>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.SessionUnknown"/> before the workbook is read; workbook errors.</exception>
    public async Task<SessionRows> SubmissionsAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var session = FindSession(sessionId);
        var read = await ReadWorkbookAsync(cancellationToken);
        return new SessionRows(session, SessionSubmissions.For(session, read.Submissions), read.LeftOut);
    }

    /// <summary>What the pre-session digest states, without the document (the pane shows it as it is).</summary>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.SessionUnknown"/> before the workbook is read; workbook errors.</exception>
    public async Task<SessionDigest> DigestFiguresAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var session = FindSession(sessionId);
        var read = await ReadWorkbookAsync(cancellationToken);
        return new SessionDigest(session, DigestFigures.Of(Profile, session, read.Submissions), read.LeftOut);
    }

    /// <summary>The pre-session digest for the leadership.</summary>
    public async Task<PreparedDocument> DigestAsync(string sessionId, LocalDate? date = null, CancellationToken cancellationToken = default)
    {
        var session = FindSession(sessionId);
        var day = DocumentDate(date);
        var read = await ReadWorkbookAsync(cancellationToken);
        return Prepared(DigestBuilder.Build(Profile, session, read.Submissions, day), $"tong-hop-{session.Id}.docx", read);
    }

    /// <summary>The minutes of a session, prefilled, with a content control per answer.</summary>
    public async Task<PreparedDocument> MinutesAsync(string sessionId, int? number = null, CancellationToken cancellationToken = default)
    {
        var session = FindSession(sessionId);
        var read = await ReadWorkbookAsync(cancellationToken);
        return Prepared(MinutesBuilder.Build(Profile, session, read.Submissions, CheckNumber(number)), $"bien-ban-{session.Id}.docx", read);
    }

    /// <summary>The monthly report to the superior body.</summary>
    public async Task<PreparedDocument> MonthlyReportAsync(YearMonth month, LocalDate? date = null, int? number = null, CancellationToken cancellationToken = default)
    {
        var day = DocumentDate(date, month);
        var read = await ReadKeepingAsync(s => s.SessionMonth == month, cancellationToken);
        var document = MonthlyReportBuilder.Build(Profile, Calendar, month, read.Submissions, day, CheckNumber(number));
        return Prepared(document, ReportFileName(month), read);
    }

    /// <summary>The figures <see cref="MonthlyReportAsync"/> states for <paramref name="month"/> (the same rows, the same computation), without building the report.</summary>
    public async Task<MonthlyFigures> MonthlyFiguresAsync(YearMonth month, CancellationToken cancellationToken = default)
    {
        var read = await ReadWorkbookAsync(cancellationToken);
        return MonthlyFigures.Of(MonthlyFigures.MonthSubmissions(read.Submissions, month), Profile.Topics);
    }

    /// <summary>The monthly report's file name: <c>bao-cao-2022-10.docx</c>.</summary>
    public static string ReportFileName(YearMonth month) => $"bao-cao-{YearMonthPattern.Iso.Format(month)}.docx";

    /// <summary>The .docx bytes of <paramref name="document"/>: the built-in layout, or poured into the school's template.</summary>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.TemplateInvalid"/> or <see cref="ErrorCodes.TooLarge"/>: the school's template cannot be used.</exception>
    public byte[] Render(OfficialDocument document)
    {
        using var output = new MemoryStream();
        if (Template is null)
        {
            OfficialLayout.Write(document, output);
        }
        else
        {
            using var template = new MemoryStream(Template.Bytes, writable: false);
            try
            {
                SchoolTemplate.Fill(document, template, output);
            }
            catch (DoiThoaiException ex) when (ex.Code is ErrorCodes.TemplateInvalid or ErrorCodes.TooLarge)
            {
                // The reason names no file; the person needs to know it is the template that is wrong.
                throw new DoiThoaiException(ex.Code, WorkspaceMessages.TemplateRefused(Template.Path, ex.Message), ex);
            }
        }

        return output.ToArray();
    }

    /// <summary>Reads a filled minutes document.</summary>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.MinutesInvalid"/> when it is not a Word document that can be read.</exception>
    public static MinutesReadBack ReadMinutes(Stream docx, string description)
    {
        try
        {
            return MinutesReader.Read(docx);
        }
        catch (InvalidDataException ex)
        {
            throw new DoiThoaiException(ErrorCodes.MinutesInvalid, $"'{description}': {ex.Message}", ex);
        }
        catch (DoiThoaiException ex)
        {
            // Refused by the package limits: the same code, with the file named.
            throw new DoiThoaiException(ex.Code, $"'{description}': {ex.Message}", ex);
        }
    }

    /// <summary>Reads what the Word pane sends: the minutes' content controls and on-the-spot rows, by the same rules as a .docx.</summary>
    public static MinutesReadBack ReadMinutes(MinutesForm form) => MinutesReader.Read(form);

    /// <summary>
    /// Saves what a filled minutes document says into the workbook, as one transaction: the workbook is held, read
    /// again inside the hold, the plan made from that, and the whole plan written at once. A dry run plans from the
    /// workbook as it is and writes nothing.
    /// </summary>
    /// <param name="readBack">What the minutes say.</param>
    /// <param name="sessionId">The session asked for; null to take the one the document records.</param>
    /// <param name="dryRun">Plan only.</param>
    /// <param name="cancellationToken">Cancels before the write; a write under way completes or leaves the old workbook.</param>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.SessionMismatch"/> when the document is another session's; workbook errors.</exception>
    public async Task<MinutesImportOutcome> ImportMinutesAsync(MinutesReadBack readBack, string? sessionId, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var store = RequireWorkbook();
        var session = SessionOf(readBack, sessionId);
        if (dryRun)
        {
            var read = await ReadWorkbookAsync(cancellationToken);
            return new MinutesImportOutcome(session, readBack, MinutesImport.Plan(readBack, session, read, Profile, Calendar), null);
        }

        await using var transaction = await store.BeginAsync(cancellationToken);
        var current = await SubmissionSheetReader.ReadAsync(transaction.Source, Profile, Calendar, cancellationToken);
        var plan = MinutesImport.Plan(readBack, session, current, Profile, Calendar);
        var written = plan.ChangesNothing ? WriteBackResult.Nothing : await transaction.CommitAsync(plan.Batch, cancellationToken);
        return new MinutesImportOutcome(session, readBack, plan, written);
    }

    /// <summary>
    /// Creates the shared workbook at <paramref name="path"/> with <paramref name="rows"/> invented submissions
    /// (0 for an empty one), written beside it and moved into place while holding it
    /// (<see cref="LocalWorkbookStore.Create"/>), so a failure never leaves half a workbook.
    /// </summary>
    /// <returns>The full path written.</returns>
    /// <exception cref="DoiThoaiException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    public string CreateWorkbook(string path, int rows, int seed = SampleSubmissions.DefaultSeed, bool overwrite = false)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && !overwrite)
        {
            throw new DoiThoaiException(ErrorCodes.OutputExists, $"Tệp '{full}' đã có; dùng --force để ghi đè (sổ đang dùng sẽ mất dữ liệu).");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);

            // Held like any write, so a workbook being written or open in Excel is never replaced under it.
            return LocalWorkbookStore.Create(full, overwrite, stream => WorkbookTemplate.Create(stream, Profile, SampleSubmissions.Generate(Profile, Calendar, rows, seed)));
        }
        catch (Exception ex) when (FileErrors.Describe(ex) is { } reason)
        {
            throw new DoiThoaiException(ErrorCodes.OutputUnwritable, $"Không ghi được tệp '{full}': {reason}", ex);
        }
    }

    private Session SessionOf(MinutesReadBack readBack, string? asked)
    {
        if (asked is not null && readBack.SessionId is { } recorded && !string.Equals(asked.Trim(), recorded, StringComparison.OrdinalIgnoreCase))
        {
            throw new DoiThoaiException(ErrorCodes.SessionMismatch, MinutesImportMessages.SessionMismatch(recorded, asked));
        }

        var id = asked ?? readBack.SessionId ?? throw new DoiThoaiException(ErrorCodes.BadInput, MinutesImportMessages.SessionMissing);
        return FindSession(id);
    }

    private IWorkbookStore RequireWorkbook() => Workbook ?? throw new DoiThoaiException(ErrorCodes.WorkbookNotFound, WorkspaceMessages.NoWorkbook);

    private static int? CheckNumber(int? number) => number switch
    {
        null => null,
        >= 1 and <= 9999 => number,
        _ => throw new DoiThoaiException(ErrorCodes.BadInput, $"Số văn bản '{number}' không hợp lệ: phải từ 1 đến 9999."),
    };

    private PreparedDocument Prepared(OfficialDocument document, string fileName, WorkbookReadResult read) =>
        new(document, fileName, read.LeftOut, RequireWorkbook().Description);
}
