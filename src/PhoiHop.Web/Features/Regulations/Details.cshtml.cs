using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PhoiHop.Features.Regulations;

public sealed class DetailsModel(RegulationQueries queries, IAuthorizationService auth) : PageModel
{
    public CoordinationRegulation Regulation { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var regulation = await queries.FindReadableAsync(User, id, ct);
        if (regulation is null)
            return NotFound();
        Regulation = regulation;
        CanEdit = (await auth.AuthorizeAsync(User, regulation, RegulationOperations.Edit)).Succeeded;
        return Page();
    }
}
