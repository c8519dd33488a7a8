namespace DoiThoai.Reports.Submissions.Validation;

/// <summary>
/// The findings of a sheet as it is read: the first <see cref="Sheets.WorkbookLimits.MaxFindingsPerCode"/> of each
/// code are kept, in sheet order, and the rest only counted, so a sheet of a million broken rows costs a few hundred
/// findings. Not thread-safe.
/// </summary>
public sealed class FindingLog
{
    private readonly List<Finding> _kept = [];
    private readonly Dictionary<string, int> _perCode = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, FindingSeverity Severity), int> _omitted = [];

    /// <summary>The findings kept, in the order they were added.</summary>
    public IReadOnlyList<Finding> Kept => _kept;

    /// <summary>What was left out, by code.</summary>
    public IReadOnlyList<OmittedFindings> Omitted => _omitted.Count == 0
        ? []
        : [.. _omitted.OrderBy(o => o.Key.Code, StringComparer.Ordinal).Select(o => new OmittedFindings(o.Key.Code, o.Key.Severity, o.Value))];

    public void Add(Finding finding)
    {
        var count = _perCode.GetValueOrDefault(finding.Code);
        _perCode[finding.Code] = count + 1;
        if (count < Sheets.WorkbookLimits.MaxFindingsPerCode)
        {
            _kept.Add(finding);
        }
        else
        {
            var key = (finding.Code, finding.Severity);
            _omitted[key] = _omitted.GetValueOrDefault(key) + 1;
        }
    }

    public void AddRange(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            Add(finding);
        }
    }
}
