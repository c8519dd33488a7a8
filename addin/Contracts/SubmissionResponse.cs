using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Submissions;
using NodaTime.Text;

namespace DoiThoai.Addin.Contracts;

/// <summary>One submission as the pane shows it. An anonymous student's name is never in it.</summary>
public sealed record SubmissionResponse(
    string Id,
    string ReceivedOn,
    string ClassOrRoom,
    string Topic,
    string Content,
    string? StudentName,
    bool Anonymous,
    string Channel,
    string ChannelText,
    string Status,
    string StatusText,
    string? Answer,
    string? AnsweredBy,
    bool Late)
{
    public static SubmissionResponse From(Submission submission, Session session) => new(
        submission.Id,
        LocalDatePattern.Iso.Format(submission.ReceivedOn),
        submission.ClassOrRoom,
        submission.Topic,
        submission.Content,

        // DisplayName is null for a student who asked to stay anonymous: the one rule every surface follows.
        submission.DisplayName,
        submission.IsAnonymous,
        submission.Channel.ToString(),
        SubmissionLabels.Channels[submission.Channel],
        submission.Status.ToString(),
        SubmissionLabels.Statuses[submission.Status],
        submission.Answer,
        submission.AnsweredBy,
        session.IsLate(submission.ReceivedOn, submission.ReceivedAt));
}
