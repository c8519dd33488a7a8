namespace DoiThoai.Cli;

/// <summary>Writes a command's text result to <c>--out</c>, or to the console when no file was given.</summary>
internal static class OutputFile
{
    public static void WriteOrPrint(string text, FileInfo? file, TextWriter console)
    {
        if (file is null)
        {
            console.Write(text);
            return;
        }

        try
        {
            file.Directory?.Create();
            File.WriteAllText(file.FullName, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"không ghi được tệp '{file.FullName}' (--out): {ex.Message}");
        }

        console.WriteLine($"Đã ghi: {file.FullName}");
    }
}
