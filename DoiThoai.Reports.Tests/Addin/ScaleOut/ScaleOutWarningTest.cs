using System.Collections.Concurrent;
using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.ScaleOut;
using DoiThoai.Reports.Tests.Addin.Auth;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks;
using Microsoft.Extensions.Logging;

namespace DoiThoai.Reports.Tests.Addin.ScaleOut;

/// <summary>
/// The scale-out settings (<c>DoiThoai:Redis</c>, <c>DoiThoai:KeysDirectory</c>) over a local workbook: each instance
/// would read its own data folder, so the host says so at start-up, in Vietnamese with the settings' names. One instance
/// on the embedded default, or a workbook in Microsoft 365, hears nothing of it. Which turns a write takes follows the
/// same settings.
/// </summary>
[TestClass]
public sealed class ScaleOutWarningTest
{
    public TestContext TestContext { get; set; } = null!;

    private static async Task<(List<string> Warnings, IWorkbookTurns Turns)> StartAsync(params string[] args)
    {
        var log = new CapturedLog();
        await using var host = await AddinHostFixture.StartAsync(args: args, configure: builder => builder.Logging.AddProvider(log));
        var turns = host.Service<IWorkbookTurns>();

        // The notes are logged as the host starts (ApplicationStarted), before StartAsync returns.
        return ([.. log.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Text)], turns);
    }

    [TestMethod]
    [DataRow(DocumentLinks.KeysDirectorySetting)]
    [DataRow(AuthHosting.RedisSetting)]
    public async Task Scale_out_settings_over_a_local_workbook_are_warned_of_at_start_up(string named)
    {
        using var keys = new TemporaryDirectory();
        using var redis = named == AuthHosting.RedisSetting ? await RedisServer.StartAsync() : null;
        var (warnings, turns) = await StartAsync($"--{named}={redis?.Configuration ?? keys.Path}");

        var warning = warnings.Single(w => w.Contains("Microsoft 365", StringComparison.Ordinal));
        StringAssert.Contains(warning, named);
        StringAssert.Contains(warning, "DoiThoai:Graph");
        StringAssert.Contains(warning, "DoiThoai:Workbook");
        StringAssert.Contains(warning, "trả lời khác nhau");
        Assert.IsTrue(ProblemAssert.IsVietnamese(warning), warning);
        Assert.IsInstanceOfType<InProcessWorkbookTurns>(turns, "a local workbook is held by its file lock; no Redis turn");
    }

    [TestMethod]
    public async Task One_instance_on_the_embedded_default_hears_no_such_warning()
    {
        var (warnings, turns) = await StartAsync();

        Assert.IsFalse(warnings.Any(w => w.Contains("DoiThoai:Graph", StringComparison.Ordinal)), string.Join("\n", warnings));
        Assert.IsInstanceOfType<InProcessWorkbookTurns>(turns);
    }

    [TestMethod]
    public async Task Several_instances_over_a_workbook_in_Microsoft_365_take_the_Redis_turn_and_hear_no_warning()
    {
        using var redis = await RedisServer.StartAsync();
        await using var graph = await FakeGraphServer.StartAsync();
        FakeSubmissionSheet.Fill(graph.Sheet, 3);

        var (warnings, turns) = await StartAsync([.. graph.HostSettings, $"--{AuthHosting.RedisSetting}={redis.Configuration}"]);

        Assert.IsFalse(warnings.Any(w => w.Contains("DoiThoai:Graph", StringComparison.Ordinal)), string.Join("\n", warnings));
        Assert.IsInstanceOfType<RedisWorkbookTurns>(turns);
    }

    /// <summary>Every entry any logger of the host writes, with its level.</summary>
    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Text)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel Level, string Text)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
