using BenchmarkDotNet.Running;

// Benchmarks run on demand, never in CI: `dotnet run -c Release --project bench/PhoiHop.Bench -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(PhoiHop.Bench.AuditHashBenchmarks).Assembly).Run(args);
