using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Reports;

/// <summary>Why a report request was refused: the field at fault and the message key, or forbidden.</summary>
public sealed record ReportRequestError(string Field, string MessageKey, bool IsForbidden = false);

/// <summary>
/// Turns a request (from, to, body code) into a <see cref="ReportScope"/> the user may see. No body code means the whole
/// province for those who may see it, otherwise the user's own body; another body is refused unless the user may see
/// the province (<see cref="ReportsPermissions"/>).
/// </summary>
public sealed class ReportAccess(AppDbContext db)
{
    public const string ProvinceCode = "*";

    public static bool MaySeeProvince(ClaimsPrincipal user) => ReportsPermissions.Has(user, ReportsPermissions.ReadProvince);

    public async Task<(ReportScope? Scope, ReportRequestError? Error)> ResolveAsync(
        ClaimsPrincipal user, string? from, string? to, string? bodyCode, DateOnly today, CancellationToken ct)
    {
        if (!ReportsPermissions.Has(user, ReportsPermissions.Read) && !MaySeeProvince(user))
            return (null, new ReportRequestError("bodyCode", "Reports.Forbidden", IsForbidden: true));

        var defaults = ReportPeriod.Containing(PeriodKind.Quarter, today);
        var start = defaults.From;
        var end = defaults.To;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (ReportPeriod.ParseDate(from) is not { } d)
                return (null, new ReportRequestError("from", "Reports.BadDate"));
            start = d;
        }
        if (!string.IsNullOrWhiteSpace(to))
        {
            if (ReportPeriod.ParseDate(to) is not { } d)
                return (null, new ReportRequestError("to", "Reports.BadDate"));
            end = d;
        }
        if (start > end)
            return (null, new ReportRequestError("from", "Reports.FromAfterTo"));
        var period = new ReportPeriod(start, end);
        if (period.Days > ReportPeriod.MaxDays)
            return (null, new ReportRequestError("to", "Reports.PeriodTooLong"));

        var code = bodyCode?.Trim();
        if (string.IsNullOrEmpty(code))
            code = MaySeeProvince(user) ? ProvinceCode : null;
        if (code == ProvinceCode)
        {
            return MaySeeProvince(user)
                ? (new ReportScope(null, null, "", period), null)
                : (null, new ReportRequestError("bodyCode", "Reports.Forbidden", IsForbidden: true));
        }

        var body = code is null
            ? await db.Bodies.AsNoTracking().Where(b => b.Id == user.BodyId()).Select(b => new { b.Id, b.Code, b.Name }).SingleOrDefaultAsync(ct)
            : await db.Bodies.AsNoTracking().Where(b => b.Code == code).Select(b => new { b.Id, b.Code, b.Name }).SingleOrDefaultAsync(ct);
        if (body is null)
            return (null, new ReportRequestError("bodyCode", "Reports.UnknownBody"));
        if (body.Id != user.BodyId() && !MaySeeProvince(user))
            return (null, new ReportRequestError("bodyCode", "Reports.Forbidden", IsForbidden: true));
        return (new ReportScope(body.Id, body.Code, body.Name, period), null);
    }
}
