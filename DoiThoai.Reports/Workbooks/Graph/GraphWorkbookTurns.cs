using Microsoft.Graph;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// Graph wants writes to one workbook sent one at a time. The name of a workbook's turn: the Graph service and where the
/// workbook is, alike in every instance configured alike. A <see cref="GraphWorkbookWriter"/> used on its own takes the
/// turn in <see cref="InProcessWorkbookTurns.Shared"/>; a <see cref="GraphWorkbookStore"/> takes it in the
/// <see cref="IWorkbookTurns"/> it was given (the add-in host's: Redis when several instances share the workbook).
/// </summary>
internal static class GraphWorkbookTurns
{
    public static string Name(GraphServiceClient graph, GraphWorkbookLocation location) => "graph " + graph.RequestAdapter.BaseUrl + " " + location.Key;

    public static SemaphoreSlim For(GraphServiceClient graph, GraphWorkbookLocation location) => InProcessWorkbookTurns.Shared.For(Name(graph, location));
}
