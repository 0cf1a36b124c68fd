using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Regulations;

public sealed class IndexModel(RegulationQueries queries, AppDbContext db, IAuthorizationService auth) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Term { get; set; }
    [BindProperty(SupportsGet = true)] public RegulationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Party { get; set; }
    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "signed_desc";

    public List<RegulationQueries.ListRow> Rows { get; private set; } = [];
    public List<(string Code, string Name)> Terms { get; private set; } = [];
    public List<(Guid Id, string Name)> PartyOptions { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await queries.ListAsync(User, Term, Status, Party, ct);
        Rows = Sort switch
        {
            "number" => [.. rows.OrderBy(r => r.Number, Display.VietnameseOrder)],
            "number_desc" => [.. rows.OrderByDescending(r => r.Number, Display.VietnameseOrder)],
            "title" => [.. rows.OrderBy(r => r.Title, Display.VietnameseOrder)],
            "title_desc" => [.. rows.OrderByDescending(r => r.Title, Display.VietnameseOrder)],
            "signed" => [.. rows.OrderBy(r => r.SignedOn).ThenBy(r => r.Number, Display.VietnameseOrder)],
            _ => [.. rows.OrderByDescending(r => r.SignedOn).ThenBy(r => r.Number, Display.VietnameseOrder)],
        };
        Terms = [.. (await db.Terms.AsNoTracking().OrderByDescending(t => t.StartsOn).Select(t => new { t.Code, t.Name }).ToListAsync(ct))
            .Select(t => (t.Code, t.Name))];
        var partyIds = await db.Set<RegulationParty>().Select(p => p.BodyId).Distinct().ToListAsync(ct);
        PartyOptions = [.. (await db.Bodies.AsNoTracking().Where(b => partyIds.Contains(b.Id)).Select(b => new { b.Id, b.ShortName }).ToListAsync(ct))
            .OrderBy(b => b.ShortName, Display.VietnameseOrder).Select(b => (b.Id, b.ShortName))];
        CanCreate = (await auth.AuthorizeAsync(User, RegulationsPermissions.Edit)).Succeeded;
    }

    public string SortLink(string column)
    {
        var next = Sort == column ? column + "_desc" : column;
        return Url.Page("Index", new { Term, Status, Party, sort = next }) ?? "";
    }

    public string AriaSort(string column) =>
        Sort == column ? "ascending" : Sort == column + "_desc" || (column == "signed" && Sort == "signed_desc") ? "descending" : "none";
}
