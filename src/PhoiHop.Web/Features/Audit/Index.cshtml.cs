using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Audit;

/// <summary>The audit log for auditors: newest first, filtered, paged; and a check of the whole chain.</summary>
[Authorize(Policy = AuditPermissions.Read)]
public sealed class IndexModel(AppDbContext db, AuditChainVerifier verifier) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [FromQuery(Name = PageLinks.Parameter)] public int PageNumber { get; set; } = 1;

    public List<AuditEntry> Rows { get; private set; } = [];
    public List<string> EntityTypes { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public AuditChainVerifier.Report? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        Report = await verifier.VerifyAsync(ct);
        await LoadAsync(ct);
        return Page();
    }

    public string PageLink(int page) => Request.ToPage(page);

    // PostgreSQL takes instants in UTC only; dates outside what the log can hold mean "no limit".
    private static DateOnly? Clamp(DateOnly? date) => date is { Year: >= 2000 and <= 2199 } ? date : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(Entity))
            query = query.Where(e => e.EntityType == Entity);
        if (!string.IsNullOrEmpty(UserName))
            query = query.Where(e => e.UserName == UserName);
        if (!string.IsNullOrEmpty(EntityId))
            query = query.Where(e => e.EntityId == EntityId);
        // Dates are days in Vietnam (UTC+7).
        From = Clamp(From);
        To = Clamp(To);
        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();
            query = query.Where(e => e.OccurredAt >= start);
        }
        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();
            query = query.Where(e => e.OccurredAt < end);
        }
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query.OrderByDescending(e => e.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        EntityTypes = await db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
    }
}
