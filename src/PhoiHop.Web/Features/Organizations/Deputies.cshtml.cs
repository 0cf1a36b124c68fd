using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Organizations;

public sealed class DeputiesModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Term { get; set; }
    [BindProperty(SupportsGet = true)] public DeputyKind? Kind { get; set; }

    public sealed record Row(string FullName, DeputyKind Kind, string Term, string Body, string Constituency);

    public List<Row> Rows { get; private set; } = [];
    public List<string> Terms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Deputies.AsNoTracking();
        if (!string.IsNullOrEmpty(Term))
            query = query.Where(d => d.Term.Code == Term);
        if (Kind is not null)
            query = query.Where(d => d.Kind == Kind);
        var rows = await query.Select(d => new Row(d.FullName, d.Kind, d.Term.Code, d.Body.ShortName, d.Constituency)).ToListAsync(ct);
        Rows = [.. rows.OrderByDescending(r => r.Term, StringComparer.Ordinal).ThenBy(r => r.Kind).ThenBy(r => r.FullName, Display.VietnameseOrder)];
        Terms = await db.Terms.AsNoTracking().OrderByDescending(t => t.StartsOn).Select(t => t.Code).ToListAsync(ct);
    }
}
