namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// The stories letters tell, by kind, each with its weight within the kind. Written for PhoiHop from the typical
/// matters in provincial reports on citizen reception and letter handling; no third-party text.
/// </summary>
internal static partial class LetterScenarios
{
    public static readonly LetterScenario[] All = [.. Complaints(), .. Denunciations(), .. Recommendations(), .. Feedback()];
}
