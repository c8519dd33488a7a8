namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// Where each submissions column sits in a particular sheet, found from its header row. Columns may be
/// in any order; unknown columns are ignored.
/// </summary>
public sealed class ColumnMap
{
    private static readonly Dictionary<string, SubmissionColumn> KnownHeaders = BuildKnownHeaders();
    private readonly int[] _indexes;

    private ColumnMap(int[] indexes, IReadOnlyList<SubmissionColumn> missingRequired)
    {
        _indexes = indexes;
        MissingRequired = missingRequired;
    }

    /// <summary>Required columns the header row lacks; the sheet cannot be read when any is missing.</summary>
    public IReadOnlyList<SubmissionColumn> MissingRequired { get; }

    /// <summary>Zero-based column index of <paramref name="column"/>, or -1 when the sheet lacks it.</summary>
    public int IndexOf(SubmissionColumn column) => _indexes[(int)column];

    public bool Has(SubmissionColumn column) => IndexOf(column) >= 0;

    /// <summary>Maps a header row. When a header appears twice, the first (leftmost) one wins.</summary>
    public static ColumnMap FromHeader(SheetRow header)
    {
        var indexes = Enumerable.Repeat(-1, WorkbookLayout.Columns.Count).ToArray();
        foreach (var cell in header.Cells)
        {
            if (cell.Text is { } text && KnownHeaders.TryGetValue(HeaderText.Key(text), out var column) && indexes[(int)column] < 0)
            {
                indexes[(int)column] = cell.Column;
            }
        }

        var missing = WorkbookLayout.Columns.Where(c => c.Required && indexes[(int)c.Column] < 0).Select(c => c.Column).ToList();
        return new ColumnMap(indexes, missing);
    }

    /// <summary>The layout of a sheet written by the template: every column in <see cref="WorkbookLayout.Columns"/> order.</summary>
    public static ColumnMap Template { get; } = new(Enumerable.Range(0, WorkbookLayout.Columns.Count).ToArray(), []);

    private static Dictionary<string, SubmissionColumn> BuildKnownHeaders()
    {
        var known = new Dictionary<string, SubmissionColumn>(StringComparer.Ordinal);
        foreach (var definition in WorkbookLayout.Columns)
        {
            foreach (var header in definition.Aliases.Prepend(definition.Header))
            {
                known.TryAdd(HeaderText.Key(header), definition.Column);
            }
        }

        return known;
    }
}
