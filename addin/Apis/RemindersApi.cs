using DoiThoai.Addin.Contracts;
using DoiThoai.Addin.Microsoft365;
using DoiThoai.Reports.Mail;
using DoiThoai.Reports.Mail.Graph;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// <c>/api/sessions/{id}/reminder</c>: the classes (or boarding rooms) that have sent nothing for a session yet — the
/// digest's own <c>Silent</c> — with those the profile makes responsible for them, and the reminder mail
/// (<see cref="ReminderMail"/>; <c>NOTHING_TO_REMIND</c>, 409, when every one has sent). In Microsoft 365 mode the
/// reminder can be made a draft in the user's mailbox. Nothing here names a student.
/// </summary>
public static class RemindersApi
{
    public static IEndpointRouteBuilder MapRemindersApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/sessions");
        api.MapGet("/{id}/reminder", Reminder).RequireAuthorization(Policies.Principal);
        api.MapPost("/{id}/reminder/draft", Draft).RequireAuthorization(Policies.Principal);
        return routes;
    }

    public static async Task<Ok<ReminderResponse>> Reminder(string id, SchoolWorkspace workspace, CancellationToken cancellationToken)
    {
        var (digest, mail) = await ComposeAsync(id, workspace, cancellationToken);
        var session = digest.Session;
        var deadline = session.Deadline.LocalDateTime;
        var profile = workspace.Profile;
        var silent = digest.Figures.Silent.Select(place => Responsible(profile, session.Cohort, place)).ToList();
        return TypedResults.Ok(new ReminderResponse(
            session.Id,
            $"{VietnameseDates.Time(deadline.TimeOfDay)} {VietnameseDates.DayAndDate(deadline.Date)}",
            digest.Figures.PlaceWord,
            silent,
            MailResponse.From(mail),
            mail.Notes));
    }

    public static async Task<Ok<DraftResponse>> Draft(string id, SchoolWorkspace workspace, IUserGraph userGraph, CancellationToken cancellationToken)
    {
        workspace.FindSession(id);
        var graph = userGraph.ForCurrentUser();
        var (_, mail) = await ComposeAsync(id, workspace, cancellationToken);
        var draft = await new OutlookDrafts(graph).CreateAsync(mail, cancellationToken: cancellationToken);
        return TypedResults.Ok(DraftResponse.From(draft, mail, null));
    }

    private static async Task<(SessionDigest Digest, MailContent Mail)> ComposeAsync(string id, SchoolWorkspace workspace, CancellationToken cancellationToken)
    {
        var digest = await workspace.DigestFiguresAsync(id, cancellationToken);
        return (digest, ReminderMail.For(workspace.Profile, digest.Session, digest.Figures.Silent));
    }

    /// <summary>The first person with an address the profile makes responsible for the place, else the first without, else nobody.</summary>
    private static SilentPlaceResponse Responsible(SchoolProfile profile, Cohort cohort, string place)
    {
        var people = cohort == Cohort.SemiBoarding
            ? profile.LookingAfter(place)
            : profile.HomeroomTeachers.Where(t => string.Equals(t.ClassName, place, StringComparison.OrdinalIgnoreCase)).Select(t => (t.Name, t.Email));
        var list = people.ToList();
        var (name, email) = list.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p.Email));
        if (name is null && list.Count > 0)
        {
            (name, email) = list[0];
        }

        return new SilentPlaceResponse(place, name, string.IsNullOrWhiteSpace(email) ? null : email.Trim());
    }
}
