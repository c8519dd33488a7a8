using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Workspace;

/// <summary>
/// What saving a session's minutes into the workbook did (or, for a dry run, would do): the plan made inside the
/// transaction and the write's confirmed result. The same summary for the CLI and the Word pane.
/// </summary>
/// <param name="Session">The session the minutes record.</param>
/// <param name="Read">What the minutes say.</param>
/// <param name="Plan">What was planned from the workbook as it was inside the transaction.</param>
/// <param name="Written">What was written and confirmed; null for a dry run.</param>
public sealed record MinutesImportOutcome(Session Session, MinutesReadBack Read, MinutesImportPlan Plan, WriteBackResult? Written)
{
    public bool DryRun => Written is null;

    /// <summary>Answers written and confirmed (for a dry run: those that would be).</summary>
    public IReadOnlyList<string> Saved => Written?.Saved ?? Plan.Updates.Select(u => u.Id).ToList();

    /// <summary>Answers already in the workbook.</summary>
    public IReadOnlyList<string> Unchanged => [.. Plan.Unchanged, .. Written?.Unchanged ?? []];

    /// <summary>On-the-spot questions written as new rows (for a dry run: those that would be).</summary>
    public IReadOnlyList<string> Added => Written?.Added ?? Plan.NewRows.Select(r => r.Id).ToList();

    /// <summary>Every write that failed, with the reason.</summary>
    public IReadOnlyList<WriteBackFailure> Failed => Written?.Failed ?? [];

    /// <summary>Nothing failed to write.</summary>
    public bool Succeeded => Failed.Count == 0;

    /// <summary>One Vietnamese sentence for the person who saved.</summary>
    public string Message => WorkspaceMessages.ImportSummary(this);
}
