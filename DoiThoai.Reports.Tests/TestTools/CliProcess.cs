using System.Diagnostics;
using System.Text;

namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>
/// The built <c>doithoai</c> command run as a real child process (<c>dotnet doithoai.dll …</c>), as an admin or a
/// scheduled task would run it: for tests of what two processes do to one workbook at once, or a process killed midway.
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

    /// <summary>The CLI the build copied beside the tests (the same build as <c>DoiThoai.Cli/bin/…/doithoai.dll</c>).</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "doithoai.dll");

    /// <summary>Starts <c>doithoai</c> with <paramref name="args"/>; it runs until it ends or <see cref="Kill"/>.</summary>
    public static CliProcess Start(params string[] args) => Start(null, args);

    /// <summary>
    /// As <see cref="Start(string[])"/>, with more environment variables: <c>DOTNET_GCHeapHardLimit</c> runs it as on a
    /// small machine, where a read that is not bounded ends in OutOfMemory.
    /// </summary>
    public static CliProcess StartWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args) => Start(environment, args);

    /// <summary>Starts <c>doithoai</c> with <paramref name="args"/> and <paramref name="environment"/> added to its environment.</summary>
    public static CliProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        Assert.IsTrue(File.Exists(Dll), $"The CLI is not built beside the tests: {Dll}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
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
