using System.Runtime.CompilerServices;
using DoiThoai.Reports.Submissions.Sheets;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// The submissions sheet of a workbook in OneDrive/SharePoint, read through Microsoft Graph in a non-persistent
/// workbook session. Rows come in blocks so that no response nears Graph's 5 MB limit: each block is the used range
/// intersected with the next rows (which also tells where the sheet ends, so no separate request for the extent), and
/// after the first block the block height is set from the bytes a row took, aiming at <see cref="TargetBlockBytes"/>.
/// A sheet of ten thousand ordinary rows (about 3.6 MB of values) costs a session, one block and the closing of the
/// session; a sharing link adds its lookup. Not thread-safe;
/// one read at a time.
/// </summary>
public sealed class GraphWorkbookSource : IWorkbookSource
{
    /// <summary>Rows in the first block, before anything is known of the rows' size: ten thousand submissions with their header and a few title rows.</summary>
    public const int DefaultFirstBlockRows = 10_100;

    /// <summary>What a block should weigh: well under Graph's 5 MB. A block Graph still finds too large (413) is read in halves.</summary>
    public const int TargetBlockBytes = 3_500_000;

    /// <summary>The most rows in a block however small they are (Excel Online also limits the cells per request).</summary>
    public const int MaxBlockRows = 20_000;

    // values alone: the parser knows which columns hold dates, so numberFormat (and text) would only double
    // the size of every block; a sheet of ten thousand ordinary rows then fits in one block.
    private const string Select = "address,values";

    private readonly GraphWorkbookChannel _channel;
    private readonly int _firstBlockRows;
    private readonly int _maxBlockRows;

    /// <param name="graph">A client from <see cref="GraphConnection"/>.</param>
    /// <param name="location">Which workbook.</param>
    /// <param name="firstBlockRows">Rows in the first request.</param>
    /// <param name="maxBlockRows">The most rows in any request (tests use small blocks).</param>
    public GraphWorkbookSource(GraphServiceClient graph, GraphWorkbookLocation location, int firstBlockRows = DefaultFirstBlockRows, int maxBlockRows = MaxBlockRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstBlockRows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBlockRows, firstBlockRows);
        _channel = new GraphWorkbookChannel(graph, location);
        _firstBlockRows = firstBlockRows;
        _maxBlockRows = maxBlockRows;
    }

    public string Description => _channel.Description;

    /// <inheritdoc />
    public string SheetName => _channel.SheetName;

    public async IAsyncEnumerable<SheetRow> ReadSubmissionRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var session = await _channel.OpenSessionAsync(persistChanges: false, cancellationToken);
        var firstRow = 1;
        var rows = _firstBlockRows;
        while (true)
        {
            var (block, lastRow) = await BlockAsync(session, firstRow, rows, cancellationToken);
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

            var bytesPerRow = Math.Max(1, GraphCells.EstimateJsonBytes(block) / (read.LastRow - read.FirstRow + 1));
            rows = (int)Math.Clamp(TargetBlockBytes / bytesPerRow, 1, _maxBlockRows);
            firstRow = lastRow + 1;
        }
    }

    /// <summary>The used range within <paramref name="rows"/> rows from <paramref name="firstRow"/>, fewer when Graph finds the answer too large; null past the end.</summary>
    private async Task<(WorkbookRange? Block, int LastRow)> BlockAsync(WorkbookSession session, int firstRow, int rows, CancellationToken cancellationToken)
    {
        while (true)
        {
            var lastRow = firstRow + rows - 1;
            try
            {
                return (await _channel.UsedRangeRowsAsync(session, firstRow, lastRow, Select, cancellationToken), lastRow);
            }
            catch (WorkbookAccessException ex) when (ex.InnerException is ODataError { ResponseStatusCode: 413 } && rows > 1)
            {
                // Longer texts than the estimate allowed for: the same rows in two halves.
                rows /= 2;
            }
            catch (WorkbookAccessException ex) when (firstRow > 1 && ex.InnerException is ODataError { ResponseStatusCode: >= 400 and < 500 and not (401 or 403 or 413 or 429) })
            {
                // The used range ended exactly at the previous block, so this intersection is empty, which Graph reports as
                // an error; make sure that is the reason before ending the read.
                var used = await _channel.UsedRangeAddressAsync(session, cancellationToken);
                if (used?.Address is { } address && RangeAddress.Parse(address).LastRow < firstRow)
                {
                    return (null, lastRow);
                }

                throw;
            }
        }
    }
}
