using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Search;

[Authorize(Policy = PetitionsPermissions.Read)]
public sealed class IndexModel(PetitionSearch search, AppDbContext db) : PageModel
{
    public PetitionSearchRequest Criteria { get; private set; } = new();
    public Dictionary<string, string> Problems { get; private set; } = [];
    public Page<SearchResultRow> Result { get; private set; } = new([], 0, 1, 20);
    public IReadOnlyList<(string Code, string Name)> Bodies { get; private set; } = [];

    public async Task OnGetAsync(string? q, string? kind, string? field, string? bodyCode, string? status, string? channel, string? from, string? to,
        string? overdue, string? flag, string? sort, [FromQuery(Name = PageLinks.Parameter)] string? page, CancellationToken ct)
    {
        (Criteria, Problems) = PetitionSearchRequest.Parse(q, kind, field, bodyCode, status, channel, from, to, overdue, flag, sort, page, null);
        // Bodies that receive letters (not the platform's operator), by name as a Vietnamese reader sorts them.
        Bodies = [.. (await db.Bodies.AsNoTracking().Where(b => b.ValidTo == null && b.Kind != Organizations.BodyKind.PlatformOperator)
                .Select(b => new { b.Code, b.Name }).ToListAsync(ct))
            .OrderBy(b => b.Name, Common.Display.VietnameseOrder).Select(b => (b.Code, b.Name))];
        if (Problems.Count == 0)
            Result = await search.SearchAsync(User, Criteria, ct);
    }

    public string Link(int page) => Request.ToPage(page);

    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
