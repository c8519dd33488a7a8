namespace DoiThoai.Reports.Submissions.Validation;

/// <summary>Findings of one code left out of a <see cref="FindingLog"/> once its first ones were kept.</summary>
/// <param name="Code">The code (<see cref="FindingCodes"/>).</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Count">How many more were found than kept.</param>
public sealed record OmittedFindings(string Code, FindingSeverity Severity, int Count);
