using System.Diagnostics;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Benchmarks;

/// <summary>
/// One write to a big local workbook, measured the way a person feels it: wall time, CPU time (steadier than wall time
/// on a shared machine) and the process's peak resident memory for one commit of 50 answers and 5 new rows, each run
/// in a fresh process (a commit is seconds long and its peak is what matters, which BenchmarkDotNet's iterations
/// would blur).
/// <c>dotnet run -c Release --project DoiThoai.Benchmarks -- commit 10000 90000</c>
/// </summary>
public static class WorkbookCommitMeasure
{
    private const int Answers = 50;
    private const int NewRows = 5;
    private const int Runs = 3;

    /// <summary>For each row count: prepares the workbook once, then runs <see cref="Runs"/> commits, each in its own process.</summary>
    public static int Run(string[] args)
    {
        if (args is ["commit-once", var file, var count])
        {
            return CommitOnce(file, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var rows in args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)))
        {
            var pristine = Path.Combine(Path.GetTempPath(), $"doithoai-commit-{rows}.xlsx");
            var profile = SchoolProfileLoader.LoadDefault();
            WorkbookTemplate.Create(pristine, profile, SampleSubmissions.Generate(profile, SessionCalendar.Build(profile), rows));
            Console.WriteLine($"{rows:N0} rows, {new FileInfo(pristine).Length / 1024.0 / 1024:0.0} MB .xlsx: {Answers} answers + {NewRows} new rows in one commit");
            var results = new List<(double Ms, double PeakMb, double BeforeMb, double AllocatedMb, double CpuMs)>();
            for (var run = 0; run < Runs; run++)
            {
                var work = Path.Combine(Path.GetTempPath(), $"doithoai-commit-{rows}-work.xlsx");
                File.Copy(pristine, work, overwrite: true);
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
                start.ArgumentList.Add(typeof(WorkbookCommitMeasure).Assembly.Location);
                start.ArgumentList.Add("commit-once");
                start.ArgumentList.Add(work);
                start.ArgumentList.Add(rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
                using var process = Process.Start(start)!;
                var line = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                var parts = line.Split(' ').Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                results.Add((parts[0], parts[1], parts[2], parts[3], parts[4]));
                Console.WriteLine($"  run {run + 1}: {parts[0]:0} ms wall, {parts[4]:0} ms CPU, peak {parts[1]:0} MB resident (before the commit {parts[2]:0} MB), {parts[3]:0} MB allocated");
                File.Delete(work);
            }

            double Median(Func<(double Ms, double PeakMb, double BeforeMb, double AllocatedMb, double CpuMs), double> figure) => results.Select(figure).Order().ElementAt(Runs / 2);
            Console.WriteLine($"  median: {Median(r => r.Ms):0} ms wall, {Median(r => r.CpuMs):0} ms CPU, peak {Median(r => r.PeakMb):0} MB resident");
            File.Delete(pristine);
        }

        return 0;
    }

    private static int CommitOnce(string file, int rows)
    {
        var profile = SchoolProfileLoader.LoadDefault();
        var calendar = SessionCalendar.Build(profile);
        var store = new LocalWorkbookStore(file);
        // The generator is deterministic: the IDs are known without reading the file (which would raise the peak).
        var ids = SampleSubmissions.Generate(profile, calendar, rows).Select(s => s.Id).ToList();
        var updates = Enumerable.Range(0, Answers)
            .Select(i => new SubmissionUpdate(ids[(int)((long)i * (ids.Count - 1) / (Answers - 1))], SubmissionStatus.Answered, $"Câu trả lời đo thử số {i}: nhà trường đã ghi nhận.", "Phạm Tuấn Anh"))
            .ToList();
        var template = SampleSubmissions.Generate(profile, calendar, 1).Single();
        var added = Enumerable.Range(1, NewRows).Select(i => template with { Id = $"2022-10-NEW-{i}", Content = $"Câu hỏi tại buổi {i}" }).ToList();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var before = self.PeakWorkingSet64;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        WriteBackResult result;
        var transaction = store.BeginAsync().GetAwaiter().GetResult();
        try
        {
            result = transaction.CommitAsync(new WriteBatch(updates, added)).GetAwaiter().GetResult();
        }
        finally
        {
            transaction.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        clock.Stop();
        if (result.Saved.Count != Answers || result.Added.Count != NewRows)
        {
            throw new InvalidOperationException($"saved {result.Saved.Count}, added {result.Added.Count}: {string.Join("; ", result.Failed)}");
        }

        self.Refresh();
        const double Mb = 1024 * 1024;
        var figures = new[] { clock.Elapsed.TotalMilliseconds, self.PeakWorkingSet64 / Mb, before / Mb, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / Mb, (self.TotalProcessorTime - cpu).TotalMilliseconds };
        Console.WriteLine(string.Join(' ', figures.Select(f => f.ToString("0", System.Globalization.CultureInfo.InvariantCulture))));
        return 0;
    }
}
