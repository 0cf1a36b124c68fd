using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Regulations;

[Authorize(Policy = RegulationsPermissions.Edit)]
public sealed class CreateModel(AppDbContext db, RegulationEditor editor) : PageModel
{
    [BindProperty] public RegulationForm Form { get; set; } = new();

    public RegulationEditor.Choices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Choices = await editor.ChoicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (term, parties) = await editor.ValidateAsync(Form, User, null, ModelState, nameof(Form), ct);
        if (!ModelState.IsValid || term is null)
        {
            Choices = await editor.ChoicesAsync(ct);
            return Page();
        }
        var regulation = CoordinationRegulation.Draft(Form.Number, Form.Title, term, parties, Form.Summary);
        db.Regulations.Add(regulation);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Regulations/{regulation.Id}/Edit");
    }
}
