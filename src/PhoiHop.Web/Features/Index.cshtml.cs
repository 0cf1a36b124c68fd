using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Regulations;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features;

/// <summary>The home page: what needs the user's attention, for the user's body and roles.</summary>
public sealed class IndexModel(AppDbContext db, Calendar.DeadlineQueries deadlines, Reports.PetitionDashboard dashboard) : PageModel
{
    public string BodyName { get; private set; } = "";
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public List<ObligationRow> Obligations { get; private set; } = [];
    public List<Calendar.DeadlineQueries.Row> Deadlines { get; private set; } = [];
    public Reports.PetitionDashboardView? Letters { get; private set; }

    public sealed record ObligationRow(string Description, Recurrence Recurrence, string? Partner, Guid RegulationId, string RegulationNumber, int ArticleNumber);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var body = User.BodyId();
        BodyName = await db.Bodies.Where(b => b.Id == body).Select(b => b.Name).SingleOrDefaultAsync(ct) ?? "";
        Roles = [.. User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value)];
        if (body is { } bodyId)
            Deadlines = await deadlines.DueSoonAsync(bodyId, User.UserId(), days: 7, ct);
        Letters = await dashboard.BuildAsync(User, ct);

        // Recurring obligations of the regulations in force that name the user's body.
        Obligations = await (
            from o in db.Obligations.AsNoTracking()
            join a in db.Articles on o.ArticleId equals a.Id
            join c in db.Chapters on a.ChapterId equals c.Id
            join r in db.Regulations on c.RegulationId equals r.Id
            where r.Status == RegulationStatus.InForce && (o.ResponsibleBodyId == body || o.PartnerBodyId == body)
            orderby r.Number, a.Number
            select new ObligationRow(o.Description, o.Recurrence,
                o.ResponsibleBodyId == body ? (o.PartnerBody != null ? o.PartnerBody.ShortName : null) : o.ResponsibleBody.ShortName,
                r.Id, r.Number, a.Number)
        ).ToListAsync(ct);
    }
}
