using System.Runtime.CompilerServices;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// The submissions sheet of a workbook in OneDrive/SharePoint, read through Microsoft Graph in a non-persistent
/// workbook session. The used range is read in blocks of whole rows so that no response nears Graph's 5 MB limit:
/// each block is the used range intersected with the next rows, which also tells where the sheet ends, so a sheet of
/// up to <see cref="DefaultBlockRows"/> rows costs one data request. Not thread-safe; one read at a time.
/// </summary>
public sealed class GraphWorkbookSource : IWorkbookSource
{
    /// <summary>Rows per block for a sheet of the template's 14 columns: about 3 MB of values and formats at a few hundred characters a row.</summary>
    public const int DefaultBlockRows = 6_000;

    // values: the data; numberFormat: whether a number is a date serial. text would double the size for nothing the parser needs.
    private const string Select = "address,values,numberFormat";

    private readonly GraphWorkbookChannel _channel;
    private readonly int _blockRows;

    /// <param name="graph">A client from <see cref="GraphConnection"/>.</param>
    /// <param name="location">Which workbook.</param>
    /// <param name="blockRows">Rows per request for a 14-column sheet; wider sheets get fewer.</param>
    public GraphWorkbookSource(GraphServiceClient graph, GraphWorkbookLocation location, int blockRows = DefaultBlockRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockRows, 1);
        _channel = new GraphWorkbookChannel(graph, location);
        _blockRows = blockRows;
    }

    public string Description => _channel.Description;

    public async IAsyncEnumerable<SheetRow> ReadSubmissionRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var session = await _channel.OpenSessionAsync(persistChanges: false, cancellationToken);
        var firstRow = 1;
        var rows = _blockRows;
        while (true)
        {
            var lastRow = firstRow + rows - 1;
            var block = await BlockAsync(session, firstRow, lastRow, cancellationToken);
            if (block?.Address is null)
            {
                yield break;
            }

            foreach (var row in GraphCells.Rows(block))
            {
                yield return row;
            }

            var read = RangeAddress.Parse(block.Address);
            if (read.LastRow < lastRow)
            {
                // The used range is a rectangle: ending inside this block means it ends here.
                yield break;
            }

            firstRow = lastRow + 1;
            rows = Math.Max(1, _blockRows * WorkbookLayout.Columns.Count / Math.Max(read.ColumnCount, WorkbookLayout.Columns.Count));
        }
    }

    private async Task<WorkbookRange?> BlockAsync(WorkbookSession session, int firstRow, int lastRow, CancellationToken cancellationToken)
    {
        if (firstRow == 1)
        {
            return await _channel.UsedRangeRowsAsync(session, firstRow, lastRow, Select, cancellationToken);
        }

        try
        {
            return await _channel.UsedRangeRowsAsync(session, firstRow, lastRow, Select, cancellationToken);
        }
        catch (WorkbookAccessException ex) when (ex.InnerException is ODataError { ResponseStatusCode: >= 400 and < 500 and not (401 or 403 or 429) })
        {
            // The used range ended exactly at the previous block, so this intersection is empty, which Graph reports as
            // an error; make sure that is the reason before ending the read.
            var used = await _channel.UsedRangeAddressAsync(session, cancellationToken);
            if (used?.Address is { } address && RangeAddress.Parse(address).LastRow < firstRow)
            {
                return null;
            }

            throw;
        }
    }
}
