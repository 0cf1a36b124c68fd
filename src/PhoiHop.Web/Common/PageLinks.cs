using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace PhoiHop.Common;

/// <summary>
/// Links between the pages of a list. "page" is also the route value by which Razor Pages names the page being run:
/// <c>Url.Page(…, new { page })</c> drops the number, and a property bound by that name from every source gets the
/// page's own path. So list pages read the number from the query string only (<c>[FromQuery(Name = "page")]</c>) and
/// write their links with these, keeping every other value of the address (filters, sort, scope) as it came.
/// </summary>
public static class PageLinks
{
    public const string Parameter = "page";

    /// <summary>The address of the request with the list's page <paramref name="page"/> (page 1 has no number).</summary>
    public static string ToPage(this HttpRequest request, int page) =>
        request.WithQuery((Parameter, page <= 1 ? null : page.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The address of the request with some query values replaced (a null value removes it).</summary>
    public static string WithQuery(this HttpRequest request, params (string Key, string? Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(changes);
        var changed = changes.Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var values = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => !changed.Contains(kv.Key))
            .SelectMany(kv => kv.Value.Select(v => KeyValuePair.Create(kv.Key, v)))
            .Concat(changes.Where(c => c.Value is not null).Select(c => KeyValuePair.Create(c.Key, c.Value)));
        return $"{request.PathBase}{request.Path}{QueryString.Create(values)}";
    }
}
