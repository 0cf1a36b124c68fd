using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Regulations;

[Authorize(Policy = RegulationsPermissions.Edit)]
public sealed class ArticleEditModel(AppDbContext db, RegulationQueries queries, IAuthorizationService auth, IStringLocalizer<SharedResource> L)
    : PageModel
{
    public CoordinationRegulation Regulation { get; private set; } = null!;
    public Article Article { get; private set; } = null!;
    public ArticleForm Form { get; private set; } = new();
    public ObligationForm Obligation { get; private set; } = new();
    public List<(Guid Id, string Name)> Bodies { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int number, bool saved, CancellationToken ct)
    {
        Saved = saved;
        return await LoadAsync(id, number, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, int number, ArticleForm form, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } denied)
            return denied;
        Form = form;
        if (!Enum.IsDefined(form.Area))
            ModelState.AddModelError("form.Area", L["Validation.UnknownChoice"]);
        if (!ModelState.IsValid)
            return Page();
        Regulation.ReviseArticle(Article, form.Title, form.Text, form.Area);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Regulations/{id}/Articles/{number}/Edit?saved=true");
    }

    public async Task<IActionResult> OnPostAddObligationAsync(Guid id, int number, ObligationForm obligation, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } denied)
            return denied;
        Obligation = obligation;
        if (obligation.ResponsibleBodyId is { } r && Bodies.All(b => b.Id != r))
            ModelState.AddModelError("obligation.ResponsibleBodyId", L["Validation.UnknownChoice"]);
        if (!Enum.IsDefined(obligation.Recurrence))
            ModelState.AddModelError("obligation.Recurrence", L["Validation.UnknownChoice"]);
        if (obligation.PartnerBodyId is { } p && Bodies.All(b => b.Id != p))
            ModelState.AddModelError("obligation.PartnerBodyId", L["Validation.UnknownChoice"]);
        if (!ModelState.IsValid)
            return Page();
        Regulation.AddObligation(Article, obligation.ResponsibleBodyId!.Value, obligation.PartnerBodyId, obligation.Description, obligation.Recurrence);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Regulations/{id}/Articles/{number}/Edit?saved=true");
    }

    public async Task<IActionResult> OnPostRemoveObligationAsync(Guid id, int number, Guid obligationId, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } denied)
            return denied;
        if (!Regulation.RemoveObligation(Article, obligationId))
            return NotFound();
        await db.SaveChangesAsync(ct);
        return Redirect($"/Regulations/{id}/Articles/{number}/Edit?saved=true");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, int number, CancellationToken ct)
    {
        var regulation = await queries.LoadForChangeAsync(id, ct);
        var article = regulation?.ArticlesInOrder().SingleOrDefault(a => a.Number == number);
        if (regulation is null || article is null || !RegulationAuthorizationHandler.CanRead(User, regulation))
            return NotFound();
        if (!(await auth.AuthorizeAsync(User, regulation, RegulationOperations.Edit)).Succeeded)
            return Forbid();
        (Regulation, Article) = (regulation, article);
        Form = new ArticleForm { Title = article.Title, Text = article.Text, Area = article.Area };
        Bodies = [.. (await db.Bodies.AsNoTracking().Where(b => b.ValidTo == null).Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .OrderBy(b => b.Name, Display.VietnameseOrder).Select(b => (b.Id, b.Name))];
        return null;
    }
}
