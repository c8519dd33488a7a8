using System.Collections.Concurrent;
using Microsoft.Graph;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// Graph wants writes to one workbook sent one at a time: one turn per workbook for the whole process, so writers
/// created per request (the add-in host) queue behind each other. Several host instances share no memory; their
/// writes are serialized only by Graph itself (see docs/microsoft-365.md).
/// </summary>
internal static class GraphWorkbookTurns
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    public static SemaphoreSlim For(GraphServiceClient graph, GraphWorkbookLocation location) =>
        Turns.GetOrAdd(graph.RequestAdapter.BaseUrl + " " + location.Description, _ => new SemaphoreSlim(1, 1));
}
