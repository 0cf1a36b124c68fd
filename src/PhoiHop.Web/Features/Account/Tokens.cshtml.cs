using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Account;

/// <summary>A user's own API tokens: create (shown once), list, revoke. Nobody sees or revokes another user's tokens here.</summary>
public sealed class TokensModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public Input Form { get; set; } = new();

    public string? NewSecret { get; private set; }
    public List<Row> Tokens { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var now = clock.GetUtcNow();
        var stamp = await db.Users.Where(u => u.Id == User.UserId()).Select(u => u.SecurityStamp).SingleAsync(ct);
        var (token, secret) = ApiToken.Issue(User.UserId()!.Value, stamp, Form.Name, now, Form.Days is { } d ? now.AddDays(d) : null);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        NewSecret = secret;
        Form = new Input();
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var me = User.UserId();
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == me, ct);
        if (token is null)
            return NotFound();
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = User.UserId();
        var now = clock.GetUtcNow();
        var stamp = await db.Users.Where(u => u.Id == me).Select(u => u.SecurityStamp).SingleAsync(ct);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == me).ToListAsync(ct);
        Tokens = [.. tokens.OrderByDescending(t => t.CreatedAt)
            .Select(t => new Row(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt, t.IsActive(now) && t.MatchesStamp(stamp)))];
    }

    public sealed record Row(Guid Id, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt,
        DateTimeOffset? LastUsedAt, bool IsActive);

    public sealed class Input
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(100, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Tokens.Name")]
        public string Name { get; set; } = "";

        [Range(1, 3650, ErrorMessage = "Validation.Range")]
        [Display(Name = "Tokens.Days")]
        public int? Days { get; set; }
    }
}
