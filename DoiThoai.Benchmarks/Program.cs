using BenchmarkDotNet.Running;
using DoiThoai.Benchmarks;

// dotnet run -c Release --project DoiThoai.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(SheetReadBenchmarks).Assembly).Run(args, new InProcessShortRunConfig());
