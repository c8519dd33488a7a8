namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The files an editor keeps beside a workbook while it has it open for editing: Office's owner file (<c>~$</c> and
/// the whole name, as Excel names it; Word's shortened form too, where the first one or two characters of a long
/// name give way to <c>~$</c>) and LibreOffice's lock file (<c>.~lock.name#</c>). Writing to a workbook open in an
/// editor is refused: the editor's next save would silently undo it.
/// </summary>
internal static class EditorOwnerFiles
{
    /// <summary>The editor's owner file beside <paramref name="workbookPath"/> that exists now, or null.</summary>
    public static string? Find(string workbookPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(workbookPath))!;
        return NamesFor(Path.GetFileName(workbookPath)).Select(c => Path.Combine(folder, c)).FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// The owner files editors make for a file named <paramref name="fileName"/>. Office's rule (as LibreOffice, which
    /// writes them too, reimplements it): Excel keeps the whole name; Word drops the first character of a name of seven
    /// characters before the extension, and the first two of a longer one.
    /// </summary>
    public static IEnumerable<string> NamesFor(string fileName)
    {
        yield return "~$" + fileName;

        var stem = Path.GetFileNameWithoutExtension(fileName).Length;
        var dropped = stem >= 8 ? 2 : stem == 7 ? 1 : 0;
        if (dropped > 0)
        {
            yield return "~$" + fileName[dropped..];
        }

        yield return ".~lock." + fileName + "#";
    }
}
