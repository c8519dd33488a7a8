using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;

namespace DoiThoai.Reports.Mail;

/// <summary>
/// The reminder to those responsible for classes (homeroom teachers) or boarding rooms (the boarding board) that have
/// sent nothing for a session yet: addressed to the addresses the profile knows, the classes without one named in
/// <see cref="MailContent.Notes"/> so the person reminds them another way. Pure: a function of its arguments.
/// </summary>
public static class ReminderMail
{
    /// <param name="profile">The school (teachers, board, venue, chair).</param>
    /// <param name="session">The coming session.</param>
    /// <param name="silentClasses">The classes (day cohort) or rooms (semi-boarding cohort) that have sent nothing.</param>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.NothingToRemind"/> when <paramref name="silentClasses"/> is empty.</exception>
    public static MailContent For(SchoolProfile profile, Session session, IEnumerable<string> silentClasses)
    {
        var places = silentClasses.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (places.Count == 0)
        {
            throw new DoiThoaiException(ErrorCodes.NothingToRemind, MailWording.NothingToRemind(session));
        }

        var to = new List<MailRecipient>();
        var unknown = new List<string>();
        foreach (var place in places)
        {
            var people = Responsible(profile, session.Cohort, place).Where(p => !string.IsNullOrWhiteSpace(p.Address)).ToList();
            if (people.Count == 0)
            {
                unknown.Add(place);
            }

            foreach (var person in people.Where(p => !to.Any(t => string.Equals(t.Address, p.Address, StringComparison.OrdinalIgnoreCase))))
            {
                to.Add(person with { Address = person.Address.Trim() });
            }
        }

        return new MailContent(
            to,
            MailWording.ReminderSubject(session),
            [
                MailWording.ReminderAddressed(session.Cohort, places),
                MailWording.ReminderNothingYet(profile, session, places),
                MailWording.ReminderAsk(profile, session),
                MailWording.Regards,
                MailWording.Signature(profile),
            ],
            AttachmentName: null,
            unknown.Count == 0 ? [] : [MailWording.NoAddressFor(session.Cohort, unknown)]);
    }

    private static IEnumerable<MailRecipient> Responsible(SchoolProfile profile, Cohort cohort, string place) => cohort == Cohort.SemiBoarding
        ? profile.LookingAfter(place).Select(m => new MailRecipient(m.Email ?? "", m.Name))
        : profile.HomeroomTeachers
            .Where(t => string.Equals(t.ClassName, place, StringComparison.OrdinalIgnoreCase))
            .Select(t => new MailRecipient(t.Email ?? "", t.Name));
}
