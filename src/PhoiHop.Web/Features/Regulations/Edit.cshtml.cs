using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Regulations;

/// <summary>
/// Editing a regulation: its general fields, its chapters, and signing a draft. Each form posts only its own fields
/// (handler parameters), so one form's validation never blocks another.
/// </summary>
[Authorize(Policy = RegulationsPermissions.Edit)]
public sealed class EditModel(AppDbContext db, RegulationQueries queries, RegulationEditor editor, IAuthorizationService auth,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public RegulationForm Form { get; private set; } = new();
    public string? ChapterTitle { get; private set; }
    public DateOnly? SignedOn { get; private set; }

    public CoordinationRegulation Regulation { get; private set; } = null!;
    public RegulationEditor.Choices Choices { get; private set; } = null!;
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
            return denied;
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, RegulationForm form, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
            return denied;
        Form = form;
        var (term, parties) = await editor.ValidateAsync(form, User, id, ModelState, nameof(Form), ct);
        if (!ModelState.IsValid || term is null)
            return Page();
        Regulation.Describe(form.Number, form.Title, form.Summary, term);
        Regulation.SetParties(parties);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Regulations/{id}/Edit?saved=true");
    }

    public async Task<IActionResult> OnPostAddChapterAsync(Guid id, string? chapterTitle, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
            return denied;
        ChapterTitle = chapterTitle?.Trim();
        if (string.IsNullOrEmpty(ChapterTitle))
            ModelState.AddModelError(nameof(ChapterTitle), L["Validation.Required", L["Regulations.NewChapter"]]);
        else if (ChapterTitle.Length > 500)
            ModelState.AddModelError(nameof(ChapterTitle), L["Validation.TooLong", L["Regulations.NewChapter"], 500]);
        if (!ModelState.IsValid)
            return Page();
        Regulation.AddChapter(ChapterTitle!);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Regulations/{id}/Edit?saved=true");
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, DateOnly? signedOn, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
            return denied;
        SignedOn = signedOn;
        if (signedOn is null)
            ModelState.AddModelError(nameof(SignedOn), L["Validation.Required", L["Regulations.SignedOn"]]);
        else if (signedOn < Regulation.Term.StartsOn.AddYears(-1) || signedOn > Regulation.Term.EndsOn)
            ModelState.AddModelError(nameof(SignedOn), L["Regulations.SignedOutsideTerm"]);
        if (!ModelState.IsValid)
            return Page();
        var result = Regulation.Sign(signedOn!.Value);
        if (!result.IsSuccess)
        {
            ModelState.AddModelError(nameof(SignedOn), L[result.Error!.MessageKey]);
            return Page();
        }
        await db.SaveChangesAsync(ct);
        return Redirect($"/Regulations/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var regulation = await queries.LoadForChangeAsync(id, ct);
        if (regulation is null || !RegulationAuthorizationHandler.CanRead(User, regulation))
            return NotFound();
        if (!(await auth.AuthorizeAsync(User, regulation, RegulationOperations.Edit)).Succeeded)
            return Forbid();
        Regulation = regulation;
        Choices = await editor.ChoicesAsync(ct);
        Form = new RegulationForm
        {
            Number = regulation.Number,
            Title = regulation.Title,
            Summary = regulation.Summary,
            TermId = regulation.TermId,
            PartyIds = [.. regulation.Parties.OrderBy(p => p.Order).Select(p => p.BodyId)],
        };
        return null;
    }
}
