using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Workbooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Benchmarks;

/// <summary>
/// A bounded load on the real add-in host: starts it in this process on <c>http://127.0.0.1:&lt;free port&gt;</c> over a
/// generated workbook (1,000 rows by default) in a temporary data folder, then runs concurrent clients (20), each
/// after a warm-up round, sending a fixed number of requests (50) to <c>GET /api/sessions/{id}/submissions</c> and then to
/// <c>GET /api/sessions/{id}/minutes</c> (the session with the most rows), and prints p50/p95/p99 and throughput
/// against the targets of issue 8 (p95 at most 100 ms and 300 ms). Loopback only; it stops by itself. Exit code 1
/// when a target is missed or a request failed.
/// <c>dotnet run -c Release --project DoiThoai.Benchmarks -- load [rows] [clients] [requests per client]</c>
/// </summary>
public static class HostLoadDriver
{
    private static readonly (string Name, string Path, double TargetP95Ms)[] Endpoints =
    [
        ("submissions", "api/sessions/{0}/submissions", 100),
        ("minutes", "api/sessions/{0}/minutes", 300),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = Argument(args, 1, 1000);
        var clients = Argument(args, 2, 20);
        var perClient = Argument(args, 3, 50);
        var data = Path.Combine(Path.GetTempPath(), "doithoai-load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        try
        {
            var profile = SchoolProfileLoader.LoadDefault();
            var workbook = Path.Combine(data, WorkspaceFiles.SampleWorkbookName);
            WorkbookTemplate.Create(workbook, profile, SampleSubmissions.Generate(profile, SessionCalendar.Build(profile), rows));
            await using var app = AddinHost.Build(
            [
                "--urls", "http://127.0.0.1:0",
                $"--DoiThoai:DataDirectory={data}",
                "--Logging:LogLevel:Default=Warning",
                "--Logging:LogLevel:DoiThoai=Warning",
            ]);
            await app.StartAsync();
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single().TrimEnd('/') + "/");
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = address,
                Timeout = TimeSpan.FromSeconds(60),
            };

            var session = await BusiestSessionAsync(http);
            Console.WriteLine($"host {address} · workbook {rows:N0} rows ({new FileInfo(workbook).Length / 1024.0:0} KB) · session {session.Id} ({session.Rows} submissions)");
            Console.WriteLine($"{clients} concurrent clients × {perClient} requests per endpoint; {Environment.ProcessorCount} cores; {(Debugger.IsAttached ? "debugger attached" : "no debugger")}");

            var failed = false;
            foreach (var (name, pattern, target) in Endpoints)
            {
                var path = string.Format(CultureInfo.InvariantCulture, pattern, session.Id);
                var first = await TimeOneAsync(http, path);

                // Warm-up under the same concurrency, not counted: JIT tiers and connection pool settle first.
                await LoadAsync(http, path, clients, 5);

                var result = await LoadAsync(http, path, clients, perClient);
                var p95 = Percentile(result.Ms, 95);
                var met = p95 <= target && result.Errors == 0;
                failed |= !met;
                Console.WriteLine(
                    $"GET /{path}: first {first:0.0} ms; under load p50 {Percentile(result.Ms, 50):0.0} ms, p95 {p95:0.0} ms, p99 {Percentile(result.Ms, 99):0.0} ms, " +
                    $"max {result.Ms.Max():0.0} ms; {result.Ms.Count / result.Elapsed.TotalSeconds:0} requests/s; {result.Bytes / result.Ms.Count / 1024.0:0.0} KB each; " +
                    $"{result.Errors} errors; target p95 ≤ {target:0} ms: {(met ? "met" : "MISSED")}");
            }

            await app.StopAsync();
            return failed ? 1 : 0;
        }
        finally
        {
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static int Argument(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static async Task<(string Id, int Rows)> BusiestSessionAsync(HttpClient http)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync("api/sessions"));
        return document.RootElement.GetProperty("sessions").EnumerateArray()
            .Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("counts").GetProperty("submissions").GetInt32()))
            .MaxBy(s => s.Item2);
    }

    private static async Task<double> TimeOneAsync(HttpClient http, string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task<(List<double> Ms, TimeSpan Elapsed, long Bytes, int Errors)> LoadAsync(HttpClient http, string path, int clients, int perClient)
    {
        var all = new List<double>(clients * perClient);
        long bytes = 0;
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>(perClient);
            for (var i = 0; i < perClient; i++)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(path);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (response.IsSuccessStatusCode)
                    {
                        Interlocked.Add(ref bytes, body.Length);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            lock (all)
            {
                all.AddRange(mine);
            }
        })));
        return (all, clock.Elapsed, bytes, errors);
    }

    /// <summary>The nearest-rank percentile.</summary>
    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
