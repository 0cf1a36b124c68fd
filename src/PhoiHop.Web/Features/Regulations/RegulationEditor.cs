using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Regulations;

/// <summary>What the create and edit pages share: the choices offered and the rules a regulation form must meet.</summary>
public sealed class RegulationEditor(AppDbContext db, IStringLocalizer<SharedResource> L)
{
    public sealed record Choices(IReadOnlyList<(Guid Id, string Name)> Terms, IReadOnlyList<(Guid Id, string Name, BodyKind Kind)> Bodies);

    /// <summary>The kinds of body that sign coordination regulations: the Front, the councils, the committees, the delegation.</summary>
    public static readonly BodyKind[] PartyKinds =
    [
        BodyKind.FrontCommittee, BodyKind.CouncilStandingCommittee, BodyKind.PeoplesCouncil, BodyKind.PeoplesCommittee,
        BodyKind.NationalAssemblyDelegation, BodyKind.CommuneFrontCommittee, BodyKind.CommunePeoplesCommittee, BodyKind.CommunePeoplesCouncil,
    ];

    public async Task<Choices> ChoicesAsync(CancellationToken ct)
    {
        var terms = await db.Terms.AsNoTracking().OrderByDescending(t => t.StartsOn).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.ValidTo == null && PartyKinds.Contains(b.Kind))
            .Select(b => new { b.Id, b.Name, b.Kind }).ToListAsync(ct);
        return new Choices([.. terms.Select(t => (t.Id, t.Name))], [.. bodies.OrderBy(b => b.Name, Display.VietnameseOrder).Select(b => (b.Id, b.Name, b.Kind))]);
    }

    /// <summary>
    /// Checks the form against the rules of a coordination regulation: a known term, two or more parties one of which is
    /// the Front (every regulation here is between the Front and another body), a number not used in the term, and the
    /// editor's own body among the parties (or an administrator), so nobody drafts a regulation they could not edit.
    /// </summary>
    public async Task<(Term? Term, List<Body> Parties)> ValidateAsync(RegulationForm form, ClaimsPrincipal user, Guid? existingId,
        ModelStateDictionary modelState, string prefix, CancellationToken ct)
    {
        var term = form.TermId is { } termId ? await db.Terms.SingleOrDefaultAsync(t => t.Id == termId, ct) : null;
        if (form.TermId is not null && term is null)
            modelState.AddModelError($"{prefix}.TermId", L["Validation.UnknownChoice"]);

        // Only the bodies the form offers (or, for a regulation being edited, those already its parties): the platform's
        // operator or a department could otherwise be made a party by a hand-made post.
        var ids = form.PartyIds.Distinct().ToList();
        var present = existingId is { } id
            ? await db.Regulations.Where(r => r.Id == id).SelectMany(r => r.Parties).Select(p => p.BodyId).ToListAsync(ct)
            : [];
        var parties = await db.Bodies.Where(b => ids.Contains(b.Id) && (b.ValidTo == null && PartyKinds.Contains(b.Kind) || present.Contains(b.Id)))
            .ToListAsync(ct);
        parties = [.. ids.Select(id => parties.FirstOrDefault(b => b.Id == id)).OfType<Body>()];
        if (parties.Count != ids.Count)
            modelState.AddModelError($"{prefix}.PartyIds", L["Validation.UnknownChoice"]);
        else if (parties.Count < 2)
            modelState.AddModelError($"{prefix}.PartyIds", L["Regulations.NeedTwoParties"]);
        else if (!parties.Any(p => BodyKinds.IsFront(p.Kind)))
            modelState.AddModelError($"{prefix}.PartyIds", L["Regulations.NeedFront"]);
        else if (!parties.Any(p => p.Id == user.BodyId()))
            modelState.AddModelError($"{prefix}.PartyIds", L["Regulations.MustBeParty"]);

        if (term is not null)
        {
            var number = (form.Number ?? "").Trim();
            if (await db.Regulations.AnyAsync(r => r.TermId == term.Id && r.Number == number && r.Id != existingId, ct))
                modelState.AddModelError($"{prefix}.Number", L["Regulations.NumberTaken"]);
        }
        return (term, parties);
    }
}
