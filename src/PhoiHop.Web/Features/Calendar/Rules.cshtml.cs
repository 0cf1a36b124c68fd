using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PhoiHop.Features.Calendar;

public sealed class RulesModel : PageModel
{
    public IReadOnlyList<DeadlineRule> Rules { get; } =
        [.. CoreDeadlineRules.All.Rules.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.ValidFrom)];

    public void OnGet()
    {
    }
}
