using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PhoiHop.Features.Petitions.Cases;

[Authorize(Policy = PetitionsPermissions.Read)]
public sealed class DetailsModel(CaseView view) : PageModel
{
    public CaseDetails Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var details = await view.GetAsync(User, id, ct);
        if (details is null)
            return NotFound();
        Case = details;
        return Page();
    }
}
