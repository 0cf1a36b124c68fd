namespace PhoiHop.Features.Calendar;

/// <summary>
/// Deadline rules by code, each with its versions by effective date. The version applied is the one in force on the
/// start date (RULES.md §13.7(1)); transitional clauses that say otherwise are the caller's to apply.
/// </summary>
public sealed class DeadlineRuleSet
{
    private readonly Dictionary<string, DeadlineRule[]> _versions;

    /// <exception cref="ArgumentException">A rule is malformed, or two versions of one code overlap in time.</exception>
    public DeadlineRuleSet(IEnumerable<DeadlineRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
        foreach (var rule in Rules)
        {
            Validate(rule);
        }

        _versions = Rules.GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.ValidFrom).ToArray(), StringComparer.Ordinal);
        foreach (var versions in _versions.Values)
        {
            for (var i = 1; i < versions.Length; i++)
            {
                if (versions[i - 1].ValidTo is not { } end || end >= versions[i].ValidFrom)
                {
                    throw new ArgumentException($"Versions of {versions[i].Code} from {versions[i - 1].ValidFrom:yyyy-MM-dd} and {versions[i].ValidFrom:yyyy-MM-dd} overlap.", nameof(rules));
                }
            }
        }
    }

    public IReadOnlyList<DeadlineRule> Rules { get; }

    public IEnumerable<string> Codes => _versions.Keys;

    /// <summary>The version of <paramref name="code"/> in force on <paramref name="startDate"/>, or null if none was.</summary>
    public DeadlineRule? Find(string code, DateOnly startDate)
    {
        if (_versions.TryGetValue(code, out var versions))
        {
            foreach (var rule in versions)
            {
                if (rule.IsInForceOn(startDate))
                {
                    return rule;
                }
            }
        }

        return null;
    }

    public IReadOnlyList<DeadlineRule> VersionsOf(string code) => _versions.TryGetValue(code, out var versions) ? versions : [];

    private static void Validate(DeadlineRule rule)
    {
        var problem = rule switch
        {
            { Code: null or "" } => "has no code",
            { Amount: <= 0 } => "needs a positive amount",
            { RemoteAreaAmount: <= 0 } or { ComplexAmount: <= 0 } or { RemoteComplexAmount: <= 0 } => "has a non-positive variant amount",
            { MaxExtensions: < 0 } => "has a negative extension count",
            { MaxExtensions: > 0, ExtensionAmount: <= 0 } => "allows extensions of no length",
            { LegalBasis: null or "" } => "has no legal basis",
            _ when rule.ValidTo < rule.ValidFrom => "ends before it starts",
            _ when !Enum.IsDefined(rule.Unit) => "has an unknown unit",
            _ => null,
        };
        if (problem is not null)
        {
            throw new ArgumentException($"Deadline rule {rule.Code} {problem}.", nameof(rule));
        }
    }
}
