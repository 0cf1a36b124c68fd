using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Notifications;

/// <summary>Administrators see mail waiting or given up, and can send a failed one again.</summary>
[Authorize(Policy = NotificationsPermissions.ManageOutbox)]
public sealed class OutboxModel(AppDbContext db, TimeProvider clock, IOptions<SmtpOptions> smtp) : PageModel
{
    [BindProperty(SupportsGet = true)] public OutboxMailStatus Status { get; set; } = OutboxMailStatus.Failed;

    public List<OutboxMail> Rows { get; private set; } = [];
    public bool IsConfigured => smtp.Value.IsConfigured;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Every body's mail is here: the platform operator's administrators only.
        if (!User.IsPlatformAdministrator())
            return Forbid();
        Rows = await db.Set<OutboxMail>().AsNoTracking().Where(m => m.Status == Status)
            .OrderByDescending(m => m.CreatedAt).Take(200).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        if (!User.IsPlatformAdministrator())
            return Forbid();
        var mail = await db.Set<OutboxMail>().SingleOrDefaultAsync(m => m.Id == id && m.Status == OutboxMailStatus.Failed, ct);
        if (mail is null)
            return NotFound();
        mail.Retry(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { status = OutboxMailStatus.Failed });
    }
}
