using BenchmarkDotNet.Running;
using PhoiHop.Bench.Duplicates;
using PhoiHop.Bench.Load;

// Benchmarks run on demand, never in CI: `dotnet run -c Release --project bench/PhoiHop.Bench -- --filter '*'`.
// Load tests of the running app (bench/README.md): `… -- petitions-intake|petitions-load|petitions-queries --provider postgres|sqlite`.
// The duplicate matcher (bench/README.md, "Duplicates"): `… -- duplicates-evalset` and `… -- duplicates-index --letters 1000000`.
if (DuplicateCommands.IsCommand(args))
    return DuplicateCommands.Run(args, Console.Out);
if (LoadCommands.IsLoadCommand(args))
    return await LoadCommands.RunAsync(args, Console.Out);

BenchmarkSwitcher.FromAssembly(typeof(PhoiHop.Bench.AuditHashBenchmarks).Assembly).Run(args);
return 0;
