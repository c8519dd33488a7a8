
namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>The columns of the submissions table, in the order the template writes them.</summary>
public enum SubmissionColumn
{
    Id,
    ReceivedOn,
    Cohort,
    ClassOrRoom,
    Topic,
    Content,
    StudentName,
    Anonymous,
    Channel,
    EnteredBy,
    SessionMonth,
    Status,
    Answer,
    AnsweredBy,
}
