using System.Globalization;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions.Validation;
using NodaTime;

namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// Turns one data row into a submission, or into findings: the rules of the sheet in one place, whatever the
/// source. Holds the profile's lists and the calendar's deadlines as lookups; one instance per read (it
/// caches label matches, so it is not thread-safe).
/// </summary>
internal sealed class SubmissionRowParser
{
    private static readonly SubmissionColumn[] AllColumns = Enum.GetValues<SubmissionColumn>();

    private readonly string _sheet;
    private readonly ColumnMap _map;
    private readonly SchoolProfile _profile;
    private readonly SheetCell[] _cells = new SheetCell[AllColumns.Length];
    private readonly int[] _columnAt;
    private readonly LabelMatcher<string> _topics;
    private readonly LabelMatcher<string> _classes;
    private readonly LabelMatcher<string> _rooms;
    private readonly LabelMatcher<Cohort> _cohorts;
    private readonly LabelMatcher<SubmissionStatus> _statuses;
    private readonly LabelMatcher<SubmissionChannel> _channels;
    private readonly LabelMatcher<bool> _yesNo;
    private readonly Dictionary<(Cohort, YearMonth), Session> _sessions = [];
    private readonly Dictionary<string, (YearMonth? Month, int WithoutYear)> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<ZonedDateTime, string> _lateMessages = [];
    private readonly LocalDate _yearStart;
    private readonly LocalDate _yearEnd;

    public SubmissionRowParser(string sheet, ColumnMap map, SchoolProfile profile, SchoolCalendar calendar)
    {
        _sheet = sheet;
        _map = map;
        _profile = profile;

        // Sheet column index → submissions column, so a row's cells are sorted in one pass.
        var maxIndex = AllColumns.Max(c => map.IndexOf(c));
        _columnAt = Enumerable.Repeat(-1, maxIndex + 1).ToArray();
        foreach (var column in AllColumns)
        {
            if (map.IndexOf(column) is var index and >= 0)
            {
                _columnAt[index] = (int)column;
            }
        }

        _topics = new(profile.Topics.Select(t => KeyValuePair.Create(t, t)));
        _classes = new(profile.Classes.Select(c => KeyValuePair.Create(c, c)));
        _rooms = new(profile.BoardingRooms.Select(r => KeyValuePair.Create(r, r)));
        _cohorts = new(SubmissionLabels.Cohorts.Select(p => KeyValuePair.Create(p.Value, p.Key))
            .Concat(profile.Cohorts.Select(c => KeyValuePair.Create(c.Name, c.Cohort)))
            .Concat(EnumNames<Cohort>()));
        _statuses = new(SubmissionLabels.Statuses.Select(p => KeyValuePair.Create(p.Value, p.Key))
            .Append(KeyValuePair.Create("Đã trả lời", SubmissionStatus.Answered))
            .Concat(EnumNames<SubmissionStatus>()));
        _channels = new(SubmissionLabels.Channels.Select(p => KeyValuePair.Create(p.Value, p.Key))
            .Concat([
                KeyValuePair.Create("Email", SubmissionChannel.Email),
                KeyValuePair.Create("Bản mềm", SubmissionChannel.Email),
                KeyValuePair.Create("Viết tay", SubmissionChannel.HandwrittenPaper),
                KeyValuePair.Create("Giấy", SubmissionChannel.HandwrittenPaper),
            ])
            .Concat(EnumNames<SubmissionChannel>()));
        _yesNo = new([
            KeyValuePair.Create(SubmissionLabels.Yes, true), KeyValuePair.Create(SubmissionLabels.No, false),
            KeyValuePair.Create("x", true), KeyValuePair.Create("Yes", true), KeyValuePair.Create("No", false),
            KeyValuePair.Create("True", true), KeyValuePair.Create("False", false),
            KeyValuePair.Create("1", true), KeyValuePair.Create("0", false),
        ]);

        // A regular session wins over an extra one of the same month: its deadline is the published one.
        foreach (var session in calendar.Sessions.OrderBy(s => s.Kind == SessionKind.Regular ? 0 : 1))
        {
            _sessions.TryAdd((session.Cohort, session.Month), session);
        }

        var months = profile.SchoolYear.TeachingMonths;
        _yearStart = months.Count > 0 ? months[0].OnDayOfMonth(1) : profile.SchoolYear.FirstTeachingDay;
        _yearEnd = months.Count > 0 ? months[^1].OnDayOfMonth(1).PlusMonths(1).PlusDays(-1) : profile.SchoolYear.LastTeachingDay;
        if (profile.SchoolYear.LastTeachingDay > _yearEnd)
        {
            _yearEnd = profile.SchoolYear.LastTeachingDay;
        }
    }

    private static IEnumerable<KeyValuePair<string, T>> EnumNames<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => KeyValuePair.Create(v.ToString(), v));

    /// <summary>True when none of the row's mapped cells holds anything but blanks.</summary>
    public static bool IsBlank(SheetRow row)
    {
        foreach (var cell in row.Cells)
        {
            if (cell.Kind != SheetCellKind.Empty && !(cell.Kind == SheetCellKind.Text && string.IsNullOrWhiteSpace(cell.Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The row's ID as written (cleaned), or null; for duplicate checks before the full parse.</summary>
    public string? IdOf(SheetRow row) => TextIn(row, SubmissionColumn.Id);

    /// <summary>A column's cell on the row as cleaned text, or null when empty or missing; no validation.</summary>
    public string? TextIn(SheetRow row, SubmissionColumn column)
    {
        var index = _map.IndexOf(column);
        if (index < 0)
        {
            return null;
        }

        foreach (var cell in row.Cells)
        {
            if (cell.Column == index)
            {
                var text = TextOf(cell);
                return string.IsNullOrEmpty(text) ? null : text;
            }
        }

        return null;
    }

    /// <summary>The address of a column's cell on a row: <c>E12</c>.</summary>
    public string CellOf(SubmissionColumn column, int rowNumber) => CellAddress.Of(Math.Max(0, _map.IndexOf(column)), rowNumber);

    /// <summary>Parses <paramref name="row"/>, adding its findings; null when one of them is an error.</summary>
    public Submission? Parse(SheetRow row, string? id, List<Finding> findings)
    {
        Array.Clear(_cells);
        foreach (var cell in row.Cells)
        {
            if (cell.Column < _columnAt.Length && _columnAt[cell.Column] is var column and >= 0)
            {
                _cells[column] = cell;
            }
        }

        var context = new RowContext(this, row.RowNumber, id, findings);
        if (row.IsHidden)
        {
            context.Add(SubmissionColumn.Id, FindingCodes.HiddenRow, FindingSeverity.Warning, FindingMessages.HiddenRow);
        }

        context.Text(SubmissionColumn.Id, required: true);
        var received = ReceivedOn(context);
        var cohort = ReadCohort(context);
        var classOrRoom = ClassOrRoom(context, cohort);
        var topic = context.Text(SubmissionColumn.Topic, required: true) is { } topicText
            ? Match(context, SubmissionColumn.Topic, topicText, _topics, FindingCodes.UnknownTopic, FindingMessages.UnknownTopic)
            : null;
        var content = context.Text(SubmissionColumn.Content, required: true);
        if (content is { Length: > SubmissionLimits.ContentLength and <= WorkbookLayout.MaxCellText })
        {
            context.Add(SubmissionColumn.Content, FindingCodes.ContentTooLong, FindingSeverity.Warning, FindingMessages.ContentTooLong(content.Length));
        }

        var studentName = context.Text(SubmissionColumn.StudentName);
        var anonymous = Anonymous(context);
        var channel = Channel(context);
        var enteredBy = context.Text(SubmissionColumn.EnteredBy);
        var month = SessionMonth(context, received?.Date);
        var status = Status(context);
        var answer = context.Text(SubmissionColumn.Answer);
        var answeredBy = context.Text(SubmissionColumn.AnsweredBy);

        if (cohort is { } c && month is { } m && received is { } r)
        {
            CheckSession(context, c, m, r);
        }

        if (context.HasError)
        {
            return null;
        }

        return new Submission
        {
            Id = id!,
            ReceivedOn = received!.Value.Date,
            ReceivedAt = received.Value.HasTime ? received.Value.Time : null,
            Cohort = cohort!.Value,
            ClassOrRoom = classOrRoom!,
            Topic = topic!,
            Content = content!,
            StudentName = studentName,
            IsAnonymous = anonymous,
            Channel = channel,
            EnteredBy = enteredBy,
            SessionMonth = month!.Value,
            Status = status!.Value,
            Answer = answer,
            AnsweredBy = answeredBy,
        };
    }

    private readonly record struct Received(LocalDate Date, LocalTime Time, bool HasTime);

    private Received? ReceivedOn(RowContext context)
    {
        var cell = _cells[(int)SubmissionColumn.ReceivedOn];
        if (!context.Usable(SubmissionColumn.ReceivedOn, cell, required: true))
        {
            return null;
        }

        LocalDateTime value;
        bool hasTime;
        if (cell.Kind == SheetCellKind.Number)
        {
            if (!ExcelDates.TryFromSerial(cell.Number, out value))
            {
                context.Add(SubmissionColumn.ReceivedOn, FindingCodes.BadDate, FindingSeverity.Error, FindingMessages.BadDate(Display(cell)));
                return null;
            }

            hasTime = value.TimeOfDay != LocalTime.Midnight;
        }
        else if (!CellValueParser.TryParseDate(TextOf(cell) ?? "", out value, out hasTime))
        {
            context.Add(SubmissionColumn.ReceivedOn, FindingCodes.BadDate, FindingSeverity.Error, FindingMessages.BadDate(Display(cell)));
            return null;
        }

        if (value.Date < _yearStart || value.Date > _yearEnd)
        {
            context.Add(SubmissionColumn.ReceivedOn, FindingCodes.DateOutsideYear, FindingSeverity.Error, FindingMessages.DateOutsideYear(value.Date, _profile.SchoolYear.Label));
            return null;
        }

        return new Received(value.Date, value.TimeOfDay, hasTime);
    }

    private Cohort? ReadCohort(RowContext context)
    {
        if (context.Text(SubmissionColumn.Cohort, required: true) is not { } text)
        {
            return null;
        }

        if (_cohorts.TryMatch(text, out var cohort))
        {
            return cohort;
        }

        context.Add(SubmissionColumn.Cohort, FindingCodes.UnknownCohort, FindingSeverity.Error, FindingMessages.UnknownCohort(text));
        return null;
    }

    private string? ClassOrRoom(RowContext context, Cohort? cohort)
    {
        if (context.Text(SubmissionColumn.ClassOrRoom, required: true) is not { } text || cohort is not { } c)
        {
            return null;
        }

        var (own, other) = c == Schools.Cohort.Day ? (_classes, _rooms) : (_rooms, _classes);
        if (own.TryMatch(text, out var canonical))
        {
            return canonical;
        }

        context.Add(SubmissionColumn.ClassOrRoom, FindingCodes.UnknownClass, FindingSeverity.Error, FindingMessages.UnknownClass(text, c, other.TryMatch(text, out _)));
        return null;
    }

    private static string? Match(RowContext context, SubmissionColumn column, string text, LabelMatcher<string> matcher, string code, Func<string, string> message)
    {
        if (matcher.TryMatch(text, out var canonical))
        {
            return canonical;
        }

        context.Add(column, code, FindingSeverity.Error, message(text));
        return null;
    }

    private bool Anonymous(RowContext context)
    {
        var cell = _cells[(int)SubmissionColumn.Anonymous];
        if (cell.Kind == SheetCellKind.Boolean)
        {
            return cell.Number != 0;
        }

        if (context.Text(SubmissionColumn.Anonymous) is not { } text)
        {
            return false;
        }

        if (_yesNo.TryMatch(text, out var yes))
        {
            return yes;
        }

        // Naming a student who wanted to stay anonymous is the worse mistake.
        context.Add(SubmissionColumn.Anonymous, FindingCodes.UnknownAnonymous, FindingSeverity.Warning, FindingMessages.UnknownAnonymous(text));
        return true;
    }

    private SubmissionChannel Channel(RowContext context)
    {
        if (context.Text(SubmissionColumn.Channel) is not { } text)
        {
            return SubmissionChannel.Email;
        }

        if (_channels.TryMatch(text, out var channel))
        {
            return channel;
        }

        context.Add(SubmissionColumn.Channel, FindingCodes.UnknownChannel, FindingSeverity.Warning, FindingMessages.UnknownChannel(text));
        return SubmissionChannel.Email;
    }

    private SubmissionStatus? Status(RowContext context)
    {
        if (context.Text(SubmissionColumn.Status) is not { } text)
        {
            return SubmissionStatus.New;
        }

        if (_statuses.TryMatch(text, out var status))
        {
            return status;
        }

        context.Add(SubmissionColumn.Status, FindingCodes.UnknownStatus, FindingSeverity.Error, FindingMessages.UnknownStatus(text));
        return null;
    }

    private YearMonth? SessionMonth(RowContext context, LocalDate? received)
    {
        var cell = _cells[(int)SubmissionColumn.SessionMonth];
        var isEmpty = cell.Kind == SheetCellKind.Empty || (cell.Kind == SheetCellKind.Text && string.IsNullOrWhiteSpace(cell.Text));
        if (isEmpty && received is { } day)
        {
            var inferred = new YearMonth(day.Year, day.Month);
            context.Add(SubmissionColumn.SessionMonth, FindingCodes.MonthInferred, FindingSeverity.Warning, FindingMessages.MonthInferred(inferred, FindingMessages.MonthEmptyReason));
            return inferred;
        }

        if (!context.Usable(SubmissionColumn.SessionMonth, cell, required: true))
        {
            return null;
        }

        var withoutYear = 0;
        if (cell.Kind == SheetCellKind.Number)
        {
            if (cell.Number is >= 1 and <= 12 && cell.Number == Math.Floor(cell.Number) && !cell.IsDateFormatted)
            {
                withoutYear = (int)cell.Number;
            }
            else if (ExcelDates.TryFromSerial(cell.Number, out var date))
            {
                return new YearMonth(date.Year, date.Month);
            }
        }
        else
        {
            // A column holds a handful of distinct months: parse each text once.
            var text = TextOf(cell) ?? "";
            if (!_months.TryGetValue(text, out var parsed))
            {
                parsed = CellValueParser.TryParseMonth(text, out var m, out var bare) ? (m, 0) : (null, bare);
                if (_months.Count < 10_000)
                {
                    _months[text] = parsed;
                }
            }

            if (parsed.Month is { } month)
            {
                return month;
            }

            withoutYear = parsed.WithoutYear;
        }

        // "10" alone: the school year has exactly one October.
        if (withoutYear > 0 && _profile.SchoolYear.TeachingMonths.Where(m => m.Month == withoutYear).ToList() is [var only])
        {
            context.Add(SubmissionColumn.SessionMonth, FindingCodes.MonthInferred, FindingSeverity.Warning, FindingMessages.MonthInferred(only, FindingMessages.MonthWithoutYearReason));
            return only;
        }

        context.Add(SubmissionColumn.SessionMonth, FindingCodes.BadMonth, FindingSeverity.Error, FindingMessages.BadMonth(Display(cell)));
        return null;
    }

    private void CheckSession(RowContext context, Cohort cohort, YearMonth month, Received received)
    {
        if (!_sessions.TryGetValue((cohort, month), out var session))
        {
            context.Add(SubmissionColumn.SessionMonth, FindingCodes.NoSession, FindingSeverity.Error, FindingMessages.NoSession(month, cohort));
            return;
        }

        if (session.IsLate(received.Date, received.HasTime ? received.Time : null))
        {
            // One message a session: a busy month has thousands of late rows and a handful of deadlines.
            if (!_lateMessages.TryGetValue(session.Deadline, out var message))
            {
                _lateMessages[session.Deadline] = message = FindingMessages.Late(session.Deadline);
            }

            context.Add(SubmissionColumn.ReceivedOn, FindingCodes.Late, FindingSeverity.Warning, message);
        }
    }

    /// <summary>A cell's value as cleaned text: numbers in invariant form (an ID typed as 15 reads "15").</summary>
    private static string? TextOf(SheetCell cell) => cell.Kind switch
    {
        SheetCellKind.Text => cell.Text is null ? null : UntrustedText.Clean(cell.Text),
        SheetCellKind.Number => cell.Number.ToString(CultureInfo.InvariantCulture),
        SheetCellKind.Boolean => cell.Number != 0 ? "TRUE" : "FALSE",
        _ => null,
    };

    private static string Display(SheetCell cell) => cell.Kind == SheetCellKind.Number && cell.Text is { Length: > 0 } shown
        ? shown
        : TextOf(cell) ?? "";

    /// <summary>The findings of one row being parsed, with the checks every cell gets.</summary>
    private sealed class RowContext(SubmissionRowParser parser, int rowNumber, string? id, List<Finding> findings)
    {
        public bool HasError { get; private set; }

        public void Add(SubmissionColumn column, string code, FindingSeverity severity, string message)
        {
            HasError |= severity == FindingSeverity.Error;
            findings.Add(new Finding(code, severity, parser._sheet, parser.CellOf(column, rowNumber), rowNumber, message, id));
        }

        /// <summary>Reports an error cell, an over-long text, or an empty required cell; true when the cell has a value to read.</summary>
        public bool Usable(SubmissionColumn column, SheetCell cell, bool required)
        {
            switch (cell.Kind)
            {
                case SheetCellKind.Error:
                    Add(column, FindingCodes.ErrorCell, FindingSeverity.Error, FindingMessages.ErrorCell(column, cell.Text ?? "#VALUE!"));
                    return false;
                case SheetCellKind.Unreadable:
                    Add(column, FindingCodes.UnreadableCell, FindingSeverity.Error, FindingMessages.Unreadable(column, cell.Text ?? ""));
                    return false;
                case SheetCellKind.Text when cell.TextLength > WorkbookLayout.MaxCellText:
                    Add(column, FindingCodes.TextTooLong, FindingSeverity.Error, FindingMessages.TextTooLong(column, cell.TextLength));
                    return false;
                case SheetCellKind.Empty:
                case SheetCellKind.Text when string.IsNullOrWhiteSpace(cell.Text):
                    if (required)
                    {
                        Add(column,
                            column == SubmissionColumn.Content ? FindingCodes.EmptyContent : FindingCodes.EmptyValue,
                            FindingSeverity.Error,
                            column == SubmissionColumn.Content ? FindingMessages.EmptyContent : FindingMessages.EmptyValue(column));
                    }

                    return false;
                default:
                    return true;
            }
        }

        /// <summary>The column's cleaned text, or null when it is empty or unusable (reported as such).</summary>
        public string? Text(SubmissionColumn column, bool required = false)
        {
            var cell = parser._cells[(int)column];
            if (!Usable(column, cell, required))
            {
                return null;
            }

            var text = TextOf(cell);
            if (string.IsNullOrEmpty(text))
            {
                // Only XML-invalid characters: as good as empty.
                Usable(column, default, required);
                return null;
            }

            return text;
        }
    }
}
