using System.Collections.Concurrent;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Turns kept in this process's memory: one <see cref="SemaphoreSlim"/> per workbook name, never removed (a process
/// writes to a handful of workbooks). <see cref="Shared"/> is the process's; another instance is another set of turns,
/// as a second process would have. Thread-safe.
/// </summary>
public sealed class InProcessWorkbookTurns : IWorkbookTurns
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _turns = new(StringComparer.Ordinal);

    /// <summary>The turns every writer in this process takes unless given others (the command, the library's writers).</summary>
    public static InProcessWorkbookTurns Shared { get; } = new();

    public async Task<IAsyncDisposable?> TryTakeAsync(string workbook, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        var turn = For(workbook);
        return await turn.WaitAsync(wait, cancellationToken) ? new Held(turn) : null;
    }

    /// <summary>The semaphore behind <paramref name="workbook"/>'s turn, for a writer that waits without a bound.</summary>
    internal SemaphoreSlim For(string workbook) => _turns.GetOrAdd(workbook, _ => new SemaphoreSlim(1, 1));

    private sealed class Held(SemaphoreSlim turn) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
