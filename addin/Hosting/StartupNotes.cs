namespace DoiThoai.Addin.Hosting;

/// <summary>
/// What the set-up found worth saying (no certificate, a sample workbook made) before logging exists; said once the
/// host has started, with the addresses. Thread-safe.
/// </summary>
public sealed class StartupNotes
{
    private readonly List<(LogLevel Level, string Text)> _notes = [];

    public void Warn(string text) => Add(LogLevel.Warning, text);

    public void Inform(string text) => Add(LogLevel.Information, text);

    /// <summary>The notes so far, in order.</summary>
    public IReadOnlyList<(LogLevel Level, string Text)> All
    {
        get
        {
            lock (_notes)
            {
                return [.. _notes];
            }
        }
    }

    private void Add(LogLevel level, string text)
    {
        lock (_notes)
        {
            _notes.Add((level, text));
        }
    }
}
