using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Problem = PhoiHop.Features.Petitions.PetitionSubmissionValidator.Problem;

namespace PhoiHop.Features.Petitions;

/// <summary>Turns validation problems into messages that name the field, for pages and the API alike.</summary>
public static partial class PetitionMessages
{
    /// <summary>The message of a problem, naming its field by its label (or by <paramref name="labelKey"/>, where a form labels it otherwise).</summary>
    public static string Format(IStringLocalizer L, Problem problem, string? labelKey = null)
    {
        ArgumentNullException.ThrowIfNull(L);
        ArgumentNullException.ThrowIfNull(problem);
        var leaf = IndexPattern().Replace(problem.Field.Split('.')[^1], "");
        var arguments = problem.Arguments.Select(a => a is PetitionSubmissionValidator.MessageKey k ? L[k.Key].Value : a);
        return L[problem.MessageKey, [L[labelKey ?? $"Petitions.Field.{leaf}"].Value, .. arguments]];
    }

    /// <summary>A label in Vietnamese whatever the reader's language: for documents and for what the citizen reads.</summary>
    public static string Vietnamese(IStringLocalizer L, string key) => Vietnamese(L, key, []);

    /// <summary>A text in Vietnamese whatever the reader's language, with its arguments (notifications, stored answers).</summary>
    public static string Vietnamese(IStringLocalizer L, string key, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(L);
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = Common.Display.Vietnamese;
        try
        {
            return arguments.Length == 0 ? L[key] : L[key, arguments];
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>The JSON path of a property path: "Senders[0].FullName" → "senders[0].fullName".</summary>
    public static string JsonPath(string field) =>
        string.Join('.', field.Split('.').Select(p => p.Length > 0 ? char.ToLowerInvariant(p[0]) + p[1..] : p));

    public static Dictionary<string, string[]> ToErrors(IStringLocalizer L, IEnumerable<Problem> problems) =>
        problems.GroupBy(p => JsonPath(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => Format(L, p)).ToArray());

    /// <summary>"TakesEffectOn" → "takes-effect-on", for the step routes.</summary>
    public static string Kebab(string name) => KebabPattern().Replace(name, "-$1").ToLowerInvariant();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex IndexPattern();

    [GeneratedRegex(@"(?<!^)([A-Z])")]
    private static partial Regex KebabPattern();
}
