using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Notifications;

/// <summary>A user's own notifications; nobody reads or marks another user's.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    private const int PageSize = 30;

    [BindProperty(SupportsGet = true, Name = "unread")] public bool UnreadOnly { get; set; }
    [FromQuery(Name = PageLinks.Parameter)] public int PageNumber { get; set; } = 1;

    public List<Notification> Rows { get; private set; } = [];
    public int UnreadCount { get; private set; }
    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.UserId();
        var query = db.Set<Notification>().AsNoTracking().Where(n => n.UserId == me);
        UnreadCount = await query.CountAsync(n => n.ReadAt == null, ct);
        if (UnreadOnly)
            query = query.Where(n => n.ReadAt == null);
        var total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query.OrderByDescending(n => n.CreatedAt).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        var me = User.UserId();
        var n = await db.Set<Notification>().SingleOrDefaultAsync(x => x.Id == id && x.UserId == me, ct);
        if (n is null)
            return NotFound();
        n.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var me = User.UserId();
        var now = clock.GetUtcNow();
        foreach (var n in await db.Set<Notification>().Where(x => x.UserId == me && x.ReadAt == null).ToListAsync(ct))
            n.MarkRead(now);
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }
}
