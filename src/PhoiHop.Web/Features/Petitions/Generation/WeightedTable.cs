namespace PhoiHop.Features.Petitions.Generation;

/// <summary>Picks an index with probability proportional to its weight. Integer weights keep every run identical.</summary>
internal sealed class WeightedTable
{
    private readonly int[] _cumulative;

    public WeightedTable(ReadOnlySpan<int> weights)
    {
        _cumulative = new int[weights.Length];
        var total = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(weights[i]);
            total += weights[i];
            _cumulative[i] = total;
        }
        ArgumentOutOfRangeException.ThrowIfZero(total);
    }

    public int Total => _cumulative[^1];

    public int Pick(Random random)
    {
        var r = random.Next(_cumulative[^1]);
        var i = 0;
        while (_cumulative[i] <= r)
            i++;
        return i;
    }
}
