using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using DoiThoai.Addin.Hosting;
using DoiThoai.Reports;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Workbooks;
using StackExchange.Redis;

namespace DoiThoai.Addin.ScaleOut;

/// <summary>
/// A workbook's write turn shared by every host instance that has the same <c>DoiThoai:Redis</c>: first this host's own
/// turn (the in-process turns it is given, so its waiters do not poll Redis), then a Redis lock (SET NX with an expiry)
/// under <see cref="KeyPrefix"/> and a hash of the workbook's name, holding a token only this turn knows. The lock is
/// asked for every <see cref="PollInterval"/> until the wait runs out; while held, its expiry is renewed every third
/// of <see cref="Expiry"/>; it is released only by its owner (the token is compared in Redis). An instance that dies
/// holding it stops renewing, and the lock lapses at most <see cref="Expiry"/> later, less than the write wait, so the
/// next writer still gets through in time. Thread-safe; owns its connection to Redis.
/// </summary>
public sealed partial class RedisWorkbookTurns : IWorkbookTurns, IAsyncDisposable
{
    /// <summary>Where the locks live in Redis: this, then the SHA-256 of the workbook's name in hexadecimal.</summary>
    public const string KeyPrefix = "DoiThoai:WorkbookTurn:";

    /// <summary>How long a lock outlives its last renewal: the longest an instance that died keeps others waiting.</summary>
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromSeconds(10);

    /// <summary>How often a waiter asks Redis again.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly Lazy<Task<ConnectionMultiplexer>> _connection;
    private readonly IWorkbookTurns _inProcess;
    private readonly ILogger _logger;

    /// <param name="configuration">A StackExchange.Redis connection string (<c>DoiThoai:Redis</c>).</param>
    /// <param name="inProcess">This host's own turns, taken first.</param>
    /// <param name="logger">Where a turn lost while held is reported.</param>
    /// <param name="expiry">How long a lock outlives its last renewal; null: <see cref="DefaultExpiry"/>.</param>
    public RedisWorkbookTurns(string configuration, IWorkbookTurns inProcess, ILogger<RedisWorkbookTurns> logger, TimeSpan? expiry = null)
    {
        var options = ConfigurationOptions.Parse(configuration);

        // Redis down at the first write is a refusal of that write, not a connection that never comes back.
        options.AbortOnConnectFail = false;
        _connection = new(() => ConnectionMultiplexer.ConnectAsync(options));
        _inProcess = inProcess;
        _logger = logger;
        Expiry = expiry ?? DefaultExpiry;
        ArgumentOutOfRangeException.ThrowIfLessThan(Expiry, TimeSpan.FromMilliseconds(300));
    }

    /// <summary>How long a lock outlives its last renewal.</summary>
    public TimeSpan Expiry { get; }

    /// <summary>The Redis key of <paramref name="workbook"/>'s lock.</summary>
    public static RedisKey KeyOf(string workbook) => KeyPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(workbook)));

    /// <exception cref="WorkbookAccessException"><see cref="ErrorCodes.WorkbookUnavailable"/>: Redis does not answer.</exception>
    public async Task<IAsyncDisposable?> TryTakeAsync(string workbook, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var local = await _inProcess.TryTakeAsync(workbook, wait, cancellationToken);
        if (local is null)
        {
            return null;
        }

        try
        {
            var key = KeyOf(workbook);
            var token = Guid.NewGuid().ToString("N");
            var database = (await _connection.Value).GetDatabase();
            while (!await database.LockTakeAsync(key, token, Expiry))
            {
                var left = wait - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    await local.DisposeAsync();
                    return null;
                }

                await Task.Delay(left < PollInterval ? left : PollInterval, cancellationToken);
            }

            return new Held(this, database, key, token, local);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            await local.DisposeAsync();
            throw new WorkbookAccessException(HostTexts.WorkbookTurnUnavailable(ex.Message), ex);
        }
        catch
        {
            await local.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Text}")]
    private static partial void TurnLost(ILogger logger, string text);

    /// <summary>A held turn: renews the lock until disposed, then releases it (if still its own) and the host's turn.</summary>
    private sealed class Held : IAsyncDisposable
    {
        private readonly RedisWorkbookTurns _owner;
        private readonly IDatabase _database;
        private readonly RedisKey _key;
        private readonly RedisValue _token;
        private readonly IAsyncDisposable _local;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;
        private int _released;

        public Held(RedisWorkbookTurns owner, IDatabase database, RedisKey key, RedisValue token, IAsyncDisposable local)
        {
            _owner = owner;
            _database = database;
            _key = key;
            _token = token;
            _local = local;
            _renewing = RenewAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            await _stop.CancelAsync();
            await _renewing;
            _stop.Dispose();
            try
            {
                // Deletes the key only while it still holds this token: a lock that lapsed and went to another stays theirs.
                await _database.LockReleaseAsync(_key, _token);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // Not released: it lapses by itself within the expiry.
            }
            finally
            {
                await _local.DisposeAsync();
            }
        }

        private async Task RenewAsync()
        {
            var every = _owner.Expiry / 3;
            try
            {
                while (true)
                {
                    await Task.Delay(every, _stop.Token);
                    try
                    {
                        if (!await _database.LockExtendAsync(_key, _token, _owner.Expiry))
                        {
                            TurnLost(_owner._logger, HostTexts.WorkbookTurnLost(null));
                            return;
                        }
                    }
                    catch (Exception ex) when (ex is RedisException or TimeoutException)
                    {
                        // Two more tries before the lock can lapse.
                        TurnLost(_owner._logger, HostTexts.WorkbookTurnLost(ex.Message));
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Disposed: the write is over.
            }
        }
    }
}
