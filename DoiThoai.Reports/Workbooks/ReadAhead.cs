using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Runs a synchronous reader on a thread of its own, a bounded number of items ahead of the one who consumes them.
/// Reading a local workbook is two kinds of work of about the same size: unzipping and parsing the sheet's XML into
/// rows, and checking the rows; side by side they use two cores instead of one. At most
/// <see cref="BatchesAhead"/> × <see cref="BatchSize"/> items wait in between, so memory stays bounded.
/// </summary>
internal static class ReadAhead
{
    private const int BatchSize = 256;
    private const int BatchesAhead = 8;

    /// <summary>
    /// The items of <paramref name="read"/>, in order. The reader's exception surfaces after the items it read before
    /// it, as if read here; when the enumeration ends early, the reader is stopped and waited for, so whatever it had
    /// open (the workbook file) is closed when the enumeration is disposed.
    /// </summary>
    public static async IAsyncEnumerable<T> ItemsAsync<T>(Func<CancellationToken, IEnumerable<T>> read, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<T[]>(new BoundedChannelOptions(BatchesAhead)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        // Not given the token: a task cancelled before it starts would never complete the channel.
        var reader = Task.Factory.StartNew(() => Produce(read, channel.Writer, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var batch))
                {
                    foreach (var item in batch)
                    {
                        yield return item;
                    }
                }
            }

            // Rethrows what stopped the reader, if anything did.
            await reader.ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static void Produce<T>(Func<CancellationToken, IEnumerable<T>> read, ChannelWriter<T[]> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<T>(BatchSize);
            ExceptionDispatchInfo? failure = null;
            try
            {
                foreach (var item in read(cancellationToken))
                {
                    batch.Add(item);
                    if (batch.Count == BatchSize)
                    {
                        Write(writer, [.. batch], cancellationToken);
                        batch.Clear();
                    }
                }
            }
            catch (Exception ex)
            {
                // The items read before the failure are delivered first, as a plain enumeration would.
                failure = ExceptionDispatchInfo.Capture(ex);
            }

            if (batch.Count > 0)
            {
                Write(writer, [.. batch], cancellationToken);
            }

            failure?.Throw();
        }
        finally
        {
            writer.TryComplete();
        }
    }

    // This thread has nothing else to do: waiting for room is blocking on purpose.
    private static void Write<T>(ChannelWriter<T[]> writer, T[] batch, CancellationToken cancellationToken)
    {
        if (!writer.TryWrite(batch))
        {
            writer.WriteAsync(batch, cancellationToken).AsTask().GetAwaiter().GetResult();
        }
    }
}
