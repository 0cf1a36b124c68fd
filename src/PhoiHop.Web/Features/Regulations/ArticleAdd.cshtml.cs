using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Regulations;

[Authorize(Policy = RegulationsPermissions.Edit)]
public sealed class ArticleAddModel(AppDbContext db, RegulationQueries queries, IAuthorizationService auth,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> L) : PageModel
{
    public CoordinationRegulation Regulation { get; private set; } = null!;
    public Chapter Chapter { get; private set; } = null!;
    public ArticleForm Form { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, int chapter, CancellationToken ct) =>
        await LoadAsync(id, chapter, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, int chapter, ArticleForm form, CancellationToken ct)
    {
        if (await LoadAsync(id, chapter, ct) is { } denied)
            return denied;
        Form = form;
        if (!Enum.IsDefined(form.Area))
            ModelState.AddModelError("form.Area", L["Validation.UnknownChoice"]);
        if (!ModelState.IsValid)
            return Page();
        var article = Regulation.AddArticle(Chapter, form.Title, form.Text, form.Area);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Regulations/{id}/Articles/{article.Number}/Edit");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, int chapter, CancellationToken ct)
    {
        var regulation = await queries.LoadForChangeAsync(id, ct);
        var found = regulation?.Chapters.SingleOrDefault(c => c.Number == chapter);
        if (regulation is null || found is null || !RegulationAuthorizationHandler.CanRead(User, regulation))
            return NotFound();
        if (!(await auth.AuthorizeAsync(User, regulation, RegulationOperations.Edit)).Succeeded)
            return Forbid();
        (Regulation, Chapter) = (regulation, found);
        return null;
    }
}
