using BenchmarkDotNet.Running;
using DoiThoai.Benchmarks;

// dotnet run -c Release --project DoiThoai.Benchmarks -- --filter '*'
// dotnet run -c Release --project DoiThoai.Benchmarks -- commit 10000 90000   (one write, time and peak memory)
// dotnet run -c Release --project DoiThoai.Benchmarks -- load [rows] [clients] [requests]   (the add-in host under load)
if (args is ["load", ..])
{
    return await HostLoadDriver.RunAsync(args);
}

if (args is ["commit" or "commit-once", ..])
{
    return WorkbookCommitMeasure.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(SheetReadBenchmarks).Assembly).Run(args, new InProcessShortRunConfig());
return 0;
