namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// How a letter is written, apart from its facts: which phrasing of each sentence (<see cref="Variants"/>, one bit per
/// sentence), whether the facts come before the claim, and the smaller choices (heading, identity block, phone
/// grouping, attachments…) packed in <see cref="Style"/>. Rewording flips all of them. The facts keep their order:
/// they tell a story in time.
/// </summary>
internal readonly record struct LetterPlan(int Variants, int Style, bool FactsFirst)
{
    public bool Variant(int sentence) => ((Variants >> sentence) & 1) == 1;

    public int Choice(int shift, int mask) => (Style >> shift) & mask;

    public LetterPlan Reworded(int style) => new(~Variants, style, !FactsFirst);
}
