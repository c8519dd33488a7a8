using System.Diagnostics;
using System.Text;

namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>
/// The <c>doithoai</c> command run as a real child process, as an admin or a scheduled task would run it: for tests of
/// what two processes do to one workbook at once, of a process killed midway, and of the installed command. That is
/// the build beside the tests (<c>dotnet doithoai.dll …</c>), or the published executable named by the environment
/// variable <see cref="PublishedVariable"/> (<c>.ci/run</c> sets it to the Native AOT publish).
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private CliProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The environment variable naming a published <c>doithoai</c> executable to run instead of the build.</summary>
    public const string PublishedVariable = "DOITHOAI_PUBLISHED_CLI";

    /// <summary>The CLI the build copied beside the tests (the same build as <c>DoiThoai.Cli/bin/…/doithoai.dll</c>).</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "doithoai.dll");

    /// <summary>The published executable from <see cref="PublishedVariable"/>, or null to run <see cref="Dll"/> with <c>dotnet</c>.</summary>
    public static string? Published { get; } = Environment.GetEnvironmentVariable(PublishedVariable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    /// <summary>What runs: the published executable's path, or the build's.</summary>
    public static string Program => Published ?? Dll;

    /// <summary>Starts <c>doithoai</c> with <paramref name="args"/>; it runs until it ends or <see cref="Kill"/>.</summary>
    public static CliProcess Start(params string[] args) => Start(null, args);

    /// <summary>
    /// As <see cref="Start(string[])"/>, with more environment variables: <c>DOTNET_GCHeapHardLimit</c> runs it as on a
    /// small machine, where a read that is not bounded ends in OutOfMemory.
    /// </summary>
    public static CliProcess StartWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args) => Start(environment, args);

    /// <summary>Starts <c>doithoai</c> with <paramref name="args"/> and <paramref name="environment"/> added to its environment.</summary>
    public static CliProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] args) => Start(Published, environment, args);

    /// <summary>
    /// Starts the build (<c>dotnet doithoai.dll</c>) even when <see cref="PublishedVariable"/> names a publish: for what
    /// only a JIT-compiled process has, such as which assemblies it loads (a Native AOT program holds them all).
    /// </summary>
    public static CliProcess StartBuild(IReadOnlyDictionary<string, string>? environment, params string[] args) => Start(null, environment, args);

    private static CliProcess Start(string? published, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        Assert.IsTrue(File.Exists(published ?? Dll), published is null ? $"The CLI is not built beside the tests: {Dll}" : $"{PublishedVariable} names no file: {published}");
        var start = new ProcessStartInfo(published ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (published is null)
        {
            start.ArgumentList.Add(Dll);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new CliProcess(Process.Start(start)!);
    }

    /// <summary>Runs <c>doithoai</c> to its end.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        return await process.WaitAsync();
    }

    /// <summary>Runs <c>doithoai</c> to its end with <paramref name="environment"/> added to its environment.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        return await process.WaitAsync();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the end (at most <paramref name="timeout"/>, default two minutes, then it fails the test).</summary>
    public async Task<(int Exit, string Output, string Error)> WaitAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            Assert.Fail($"doithoai did not end in time (a hang?): {await _error}");
        }

        return (_process.ExitCode, await _output, await _error);
    }

    /// <summary>Ends the process at once (SIGKILL on Linux, TerminateProcess on Windows): no cleanup of its own runs.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It had already ended.
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }
}
