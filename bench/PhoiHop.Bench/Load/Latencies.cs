using System.Diagnostics;
using System.Globalization;

namespace PhoiHop.Bench.Load;

/// <summary>
/// Latency samples of one measurement, kept whole and sorted for exact percentiles: a run has tens of thousands of
/// samples at most, so a histogram would only add rounding.
/// </summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(long startTimestamp, long endTimestamp) =>
        _milliseconds.Add(Stopwatch.GetElapsedTime(startTimestamp, endTimestamp).TotalMilliseconds);

    public void AddRange(Latencies other) => _milliseconds.AddRange(other._milliseconds);

    /// <summary>Nearest-rank percentile (the smallest sample with at least p % of the samples at or below it).</summary>
    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
            return double.NaN;
        _milliseconds.Sort();
        var rank = (int)Math.Ceiling(p / 100 * _milliseconds.Count);
        return _milliseconds[Math.Clamp(rank - 1, 0, _milliseconds.Count - 1)];
    }

    public double Max => _milliseconds.Count == 0 ? double.NaN : _milliseconds.Max();

    public double Mean => _milliseconds.Count == 0 ? double.NaN : _milliseconds.Average();

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count} p50={Percentile(50):F1} ms p95={Percentile(95):F1} ms p99={Percentile(99):F1} ms max={Max:F1} ms mean={Mean:F1} ms");
}
