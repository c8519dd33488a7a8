using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Tests.Documents.Minutes;

/// <summary>A workbook writer that remembers what it was asked to write.</summary>
internal sealed class RecordingWorkbookWriter : IWorkbookWriter
{
    public List<SubmissionUpdate> Updates { get; } = [];

    public List<Submission> Appended { get; } = [];

    public Task<WriteBackResult> UpdateAsync(IReadOnlyList<SubmissionUpdate> updates, CancellationToken cancellationToken = default)
    {
        Updates.AddRange(updates);
        return Task.FromResult(new WriteBackResult([.. updates.Select(u => u.Id)], [], []));
    }

    public Task<WriteBackResult> AppendAsync(IReadOnlyList<Submission> submissions, CancellationToken cancellationToken = default)
    {
        Appended.AddRange(submissions);
        return Task.FromResult(new WriteBackResult([.. submissions.Select(s => s.Id)], [], []));
    }
}
