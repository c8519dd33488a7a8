namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The files Excel (<c>~$name</c>) and LibreOffice (<c>.~lock.name#</c>) keep beside a workbook while it is open
/// for editing. Writing to a workbook open in an editor is refused: the editor's next save would silently undo it.
/// </summary>
internal static class EditorOwnerFiles
{
    /// <summary>The editor's owner file beside <paramref name="workbookPath"/> that exists now, or null.</summary>
    public static string? Find(string workbookPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(workbookPath))!;
        var name = Path.GetFileName(workbookPath);
        return Candidates(name).Select(c => Path.Combine(folder, c)).FirstOrDefault(File.Exists);
    }

    private static IEnumerable<string> Candidates(string name)
    {
        yield return "~$" + name;

        // Office shortens long names: the owner file replaces the first two characters with "~$".
        if (name.Length > 2)
        {
            yield return "~$" + name[2..];
        }

        yield return ".~lock." + name + "#";
    }
}
