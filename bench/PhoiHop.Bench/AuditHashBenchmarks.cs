using BenchmarkDotNet.Attributes;
using PhoiHop.Features.Audit;

namespace PhoiHop.Bench;

/// <summary>Cost of chaining one audit entry, which every saved change pays.</summary>
[MemoryDiagnoser]
public class AuditHashBenchmarks
{
    private readonly DateTimeOffset _at = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private readonly string _changes = """{"Title":{"before":"Quy chế phối hợp","after":"Quy chế phối hợp công tác"}}""";

    [Benchmark]
    public string ComputeHash() => AuditHash.Compute(42, _at, Guid.Empty, "admin", "CoordinationRegulation", "x", AuditAction.Modified, _changes, null, AuditHash.Genesis);
}
