namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>One reason a candidate was found, or held back: a code and its arguments, formatted by the page.</summary>
public sealed record MatchReason(MatchReasonCode Code, IReadOnlyList<string> Arguments)
{
    public string ResourceKey => string.Concat("Duplicates.Reason.", Code.ToString());

    public static MatchReason Of(MatchReasonCode code, params string[] arguments) => new(code, arguments);

    public override string ToString() => Arguments.Count == 0 ? Code.ToString() : $"{Code}({string.Join(", ", Arguments)})";
}
