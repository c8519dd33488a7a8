using DoiThoai.Reports.Schools;
using NodaTime;

namespace DoiThoai.Reports.Scheduling;

/// <summary>
/// Computes a school year's sessions from the profile: the nominal day with the weekend shift, the
/// deadline and the notice; then checks each against holidays, breaks and the teaching period. Every
/// collision becomes a <see cref="CalendarWarning"/> with a proposed fix; a date moves only where the
/// profile's <see cref="CollisionPolicy"/> says so, and then the warning says it was moved.
/// Pure: a function of the profile alone.
/// </summary>
public static class SessionCalendar
{
    public static SchoolCalendar Build(SchoolProfile profile)
    {
        var sessions = new List<Session>();
        var skipped = new List<SkippedSession>();
        foreach (var month in profile.SchoolYear.TeachingMonths)
        {
            // Evening (semi-boarding) and afternoon (day) sessions of the month, in the plan's order.
            foreach (var cohort in new[] { Cohort.SemiBoarding, Cohort.Day })
            {
                var warnings = new List<CalendarWarning>();
                if (Regular(profile, month, cohort, warnings) is { } session)
                {
                    sessions.Add(session);
                }
                else
                {
                    skipped.Add(new SkippedSession(RegularId(month, cohort), cohort, month, warnings));
                }
            }
        }

        var extraIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var extra in profile.ExtraSessions)
        {
            sessions.Add(Extra(profile, extra, extraIds));
        }

        var ordered = sessions.OrderBy(s => s.Start.ToInstant()).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        return new SchoolCalendar(profile.SchoolYear.Label, ordered) { Skipped = skipped };
    }

    /// <summary>The id of a regular session: <c>2022-10-day</c>, <c>2022-10-semi-boarding</c>.</summary>
    public static string RegularId(YearMonth month, Cohort cohort) => $"{month.Year:0000}-{month.Month:00}-{Slug(cohort)}";

    private static string Slug(Cohort cohort) => cohort == Cohort.Day ? "day" : "semi-boarding";

    private static Session? Regular(SchoolProfile profile, YearMonth month, Cohort cohort, List<CalendarWarning> warnings)
    {
        var rule = profile.SessionRule;
        var nominal = DayInMonth(month, rule.NominalDay);
        if (nominal.Day != rule.NominalDay)
        {
            warnings.Add(new(CalendarWarningCodes.NominalDayClamped,
                $"{VietnameseDates.Month(month)} không có ngày {rule.NominalDay}; dùng ngày cuối tháng {VietnameseDates.Date(nominal)}.",
                "Chấp nhận ngày cuối tháng, hoặc đổi ngày tổ chức trong hồ sơ (sessionRule.nominalDay)."));
        }

        var date = nominal.DayOfWeek switch
        {
            IsoDayOfWeek.Saturday => nominal.PlusDays(rule.SaturdayShiftDays),
            IsoDayOfWeek.Sunday => nominal.PlusDays(rule.SundayShiftDays),
            _ => nominal,
        };
        if (date.Month != month.Month)
        {
            var before = PreviousWorkingDay(profile, nominal.PlusDays(-1));
            warnings.Add(new(CalendarWarningCodes.SessionCrossesMonth,
                $"Ngày {VietnameseDates.Date(nominal)} là {VietnameseDates.Weekday(nominal.DayOfWeek)}; dời theo kế hoạch sang {VietnameseDates.DayAndDate(date)}, tức là sang tháng sau.",
                $"Tổ chức sớm hơn vào {VietnameseDates.DayAndDate(before)} để buổi vẫn thuộc {VietnameseDates.Month(month)}."));
        }

        var cohortProfile = profile.For(cohort);
        if (CheckSessionDate(profile, ref date, cohortProfile, warnings) == Outcome.Skipped)
        {
            return null;
        }

        var start = profile.TimeZone.AtLeniently(date + cohortProfile.StartTime);
        var deadlineDate = DayInMonth(month, profile.DeadlineRule.DayOfMonth);
        var deadline = Deadline(profile, deadlineDate, start, warnings);
        var notice = Notice(profile, cohort, date, warnings);
        return new Session(RegularId(month, cohort), cohort, SessionKind.Regular, month, start, deadline, notice, null, warnings);
    }

    private static Session Extra(SchoolProfile profile, ExtraSessionDefinition extra, HashSet<string> ids)
    {
        var warnings = new List<CalendarWarning>();
        var date = extra.Start.Date;
        var cohortProfile = profile.For(extra.Cohort);

        // An extra session is held when the school decides; its date is reported on, never moved or dropped.
        CheckSessionDate(profile, ref date, cohortProfile, warnings, movable: false);
        var start = profile.TimeZone.AtLeniently(extra.Start);
        var deadline = extra.Deadline is { } given
            ? Deadline(profile, given.Date, start, warnings, given.TimeOfDay, movable: false)
            : Deadline(profile, date.PlusDays(-1), start, warnings, movable: false);
        var notice = Notice(profile, extra.Cohort, date, warnings);

        var id = $"{date.Year:0000}-{date.Month:00}-{date.Day:00}-extra-{Slug(extra.Cohort)}";
        for (var n = 2; !ids.Add(id); n++)
        {
            id = $"{date.Year:0000}-{date.Month:00}-{date.Day:00}-extra-{Slug(extra.Cohort)}-{n}";
        }

        return new Session(id, extra.Cohort, SessionKind.Extra, new YearMonth(date.Year, date.Month), start, deadline, notice, extra.Reason, warnings);
    }

    private enum Outcome
    {
        Kept,
        Skipped,
    }

    private static Outcome CheckSessionDate(SchoolProfile profile, ref LocalDate date, CohortProfile cohort, List<CalendarWarning> warnings, bool movable = true)
    {
        var rule = profile.SessionRule;
        if (profile.HolidayOn(date) is { } holiday)
        {
            var before = PreviousWorkingDay(profile, holiday.Start.PlusDays(-1));
            var after = NextWorkingDay(profile, holiday.End.PlusDays(1));
            var message = $"Buổi {cohort.Name.ToLowerInvariant()} {VietnameseDates.DayAndDate(date)} rơi vào {holiday.Name} ({VietnameseDates.Date(holiday.Start)}–{VietnameseDates.Date(holiday.End)}).";
            var suggestion = $"Tổ chức trước kỳ nghỉ vào {VietnameseDates.DayAndDate(before)} hoặc sau kỳ nghỉ vào {VietnameseDates.DayAndDate(after)}.";
            switch (movable ? rule.WhenInHoliday : CollisionPolicy.Warn)
            {
                case CollisionPolicy.PreviousWorkingDay:
                    warnings.Add(new(CalendarWarningCodes.SessionInHoliday, message + $" Đã dời sang {VietnameseDates.DayAndDate(before)} theo hồ sơ trường.", suggestion));
                    date = before;
                    break;
                case CollisionPolicy.NextWorkingDay:
                    warnings.Add(new(CalendarWarningCodes.SessionInHoliday, message + $" Đã dời sang {VietnameseDates.DayAndDate(after)} theo hồ sơ trường.", suggestion));
                    date = after;
                    break;
                case CollisionPolicy.Skip:
                    warnings.Add(new(CalendarWarningCodes.SessionInHoliday, message + " Buổi này được bỏ theo hồ sơ trường.", suggestion));
                    return Outcome.Skipped;
                default:
                    warnings.Add(new(CalendarWarningCodes.SessionInHoliday, message, suggestion));
                    break;
            }
        }

        var year = profile.SchoolYear;
        if (!year.IsTeachingDay(date))
        {
            var ended = date > year.LastTeachingDay;
            var inside = ended
                ? PreviousWorkingDay(profile, year.LastTeachingDay)
                : NextWorkingDay(profile, year.FirstTeachingDay);
            var message = ended
                ? $"Buổi {cohort.Name.ToLowerInvariant()} {VietnameseDates.DayAndDate(date)} sau khi kết thúc dạy học ({VietnameseDates.Date(year.LastTeachingDay)}): học sinh có thể đã nghỉ hè."
                : $"Buổi {cohort.Name.ToLowerInvariant()} {VietnameseDates.DayAndDate(date)} trước ngày bắt đầu dạy học ({VietnameseDates.Date(year.FirstTeachingDay)}).";
            var deadlineThere = PreviousWorkingDay(profile, inside.PlusDays(-1));
            var suggestion = $"Tổ chức vào {VietnameseDates.DayAndDate(inside)}, ngày làm việc {(ended ? "cuối cùng" : "đầu tiên")} trong thời gian dạy học (hạn gửi ý kiến {VietnameseDates.Time(profile.DeadlineRule.Time)} {VietnameseDates.DayAndDate(deadlineThere)}), hoặc bỏ buổi tháng này.";
            var policy = movable ? rule.WhenOutsideTeaching : CollisionPolicy.Warn;
            switch (policy)
            {
                case CollisionPolicy.Skip:
                    warnings.Add(new(CalendarWarningCodes.SessionOutsideTeaching, message + " Buổi này được bỏ theo hồ sơ trường.", suggestion));
                    return Outcome.Skipped;
                case CollisionPolicy.PreviousWorkingDay or CollisionPolicy.NextWorkingDay:
                    warnings.Add(new(CalendarWarningCodes.SessionOutsideTeaching, message + $" Đã dời sang {VietnameseDates.DayAndDate(inside)} theo hồ sơ trường.", suggestion));
                    date = inside;
                    break;
                default:
                    warnings.Add(new(CalendarWarningCodes.SessionOutsideTeaching, message, suggestion));
                    break;
            }
        }

        return Outcome.Kept;
    }

    private static ZonedDateTime Deadline(SchoolProfile profile, LocalDate date, ZonedDateTime sessionStart, List<CalendarWarning> warnings, LocalTime? time = null, bool movable = true)
    {
        var rule = profile.DeadlineRule;
        var at = time ?? rule.Time;
        var zone = profile.TimeZone;

        if (!profile.IsWorkingDay(date))
        {
            var holiday = profile.HolidayOn(date);
            var code = holiday is null ? CalendarWarningCodes.DeadlineOnWeekend : CalendarWarningCodes.DeadlineOnHoliday;
            var why = holiday is null ? VietnameseDates.Weekday(date.DayOfWeek) : holiday.Name;
            var previous = PreviousWorkingDay(profile, date.PlusDays(-1));
            var message = $"Hạn gửi ý kiến {VietnameseDates.Time(at)} {VietnameseDates.DayAndDate(date)} rơi vào ngày nghỉ ({why}).";
            var suggestion = $"Đặt hạn vào {VietnameseDates.Time(at)} {VietnameseDates.DayAndDate(previous)}, ngày làm việc liền trước.";
            var policy = movable ? rule.WhenNotWorkingDay : CollisionPolicy.Warn;
            if (policy is CollisionPolicy.PreviousWorkingDay or CollisionPolicy.NextWorkingDay)
            {
                var moved = policy == CollisionPolicy.PreviousWorkingDay ? previous : NextWorkingDay(profile, date.PlusDays(1));
                warnings.Add(new(code, message + $" Đã dời sang {VietnameseDates.DayAndDate(moved)} theo hồ sơ trường.", suggestion));
                date = moved;
            }
            else
            {
                warnings.Add(new(code, message, suggestion));
            }
        }

        var deadline = zone.AtLeniently(date + at);
        if (deadline.ToInstant() >= sessionStart.ToInstant())
        {
            var sessionDate = sessionStart.Date;
            var previous = PreviousWorkingDay(profile, sessionDate.PlusDays(-1));
            var message = $"Hạn gửi ý kiến {VietnameseDates.Time(at)} {VietnameseDates.DayAndDate(date)} không trước giờ bắt đầu buổi đối thoại ({VietnameseDates.DayDateTime(sessionStart.LocalDateTime)}): GVCN không kịp gửi, thư ký không kịp tổng hợp.";
            var suggestion = $"Đặt hạn vào {VietnameseDates.Time(at)} {VietnameseDates.DayAndDate(previous)}, ngày làm việc liền trước buổi đối thoại.";
            var policy = movable ? rule.WhenNotBeforeSession : CollisionPolicy.Warn;
            if (policy == CollisionPolicy.PreviousWorkingDay)
            {
                warnings.Add(new(CalendarWarningCodes.DeadlineNotBeforeSession, message + $" Đã dời sang {VietnameseDates.DayAndDate(previous)} theo hồ sơ trường.", suggestion));
                deadline = zone.AtLeniently(previous + at);
            }
            else
            {
                warnings.Add(new(CalendarWarningCodes.DeadlineNotBeforeSession, message, suggestion));
            }
        }

        return deadline;
    }

    private static LocalDate? Notice(SchoolProfile profile, Cohort cohort, LocalDate sessionDate, List<CalendarWarning> warnings)
    {
        if (!profile.NoticeRule.Cohorts.Contains(cohort))
        {
            return null;
        }

        var notice = sessionDate.PlusDays(-profile.NoticeRule.DaysBefore);
        if (!profile.IsWorkingDay(notice))
        {
            var why = profile.HolidayOn(notice)?.Name ?? VietnameseDates.Weekday(notice.DayOfWeek);
            var previous = PreviousWorkingDay(profile, notice.PlusDays(-1));
            warnings.Add(new(CalendarWarningCodes.NoticeNotWorkingDay,
                $"Ngày thông báo lịch ({VietnameseDates.DayAndDate(notice)}) rơi vào ngày nghỉ ({why}).",
                $"Thông báo sớm hơn vào {VietnameseDates.DayAndDate(previous)}, trước kỳ nghỉ."));
        }

        return notice;
    }

    private static LocalDate DayInMonth(YearMonth month, int day) =>
        new(month.Year, month.Month, Math.Min(day, month.Calendar.GetDaysInMonth(month.Year, month.Month)));

    private static LocalDate PreviousWorkingDay(SchoolProfile profile, LocalDate from)
    {
        var date = from;
        // A profile with no working day at all is refused by the loader; the bound only guards the loop.
        for (var i = 0; i < 366 && !profile.IsWorkingDay(date); i++)
        {
            date = date.PlusDays(-1);
        }

        return date;
    }

    private static LocalDate NextWorkingDay(SchoolProfile profile, LocalDate from)
    {
        var date = from;
        for (var i = 0; i < 366 && !profile.IsWorkingDay(date); i++)
        {
            date = date.PlusDays(1);
        }

        return date;
    }
}
