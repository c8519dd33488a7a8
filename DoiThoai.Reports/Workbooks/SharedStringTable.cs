namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// A workbook's shared strings as read, by index: each kept to <see cref="Submissions.Sheets.WorkbookLimits.MaxCellText"/>
/// + 1 characters, with the length a cut one had in the file. Immutable.
/// </summary>
internal sealed class SharedStringTable(string[] strings, IReadOnlyDictionary<int, long>? cutLengths)
{
    public static SharedStringTable Empty { get; } = new([], null);

    public int Count => strings.Length;

    /// <summary>The string at <paramref name="index"/> and its length in the file; false when there is none.</summary>
    public bool TryGet(int index, out string text, out long length)
    {
        if ((uint)index >= (uint)strings.Length)
        {
            (text, length) = ("", 0);
            return false;
        }

        text = strings[index];
        length = cutLengths is not null && cutLengths.TryGetValue(index, out var cut) ? cut : text.Length;
        return true;
    }
}
