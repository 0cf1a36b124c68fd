using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Features.Petitions;
using PhoiHop.Features.Regulations;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Reports;

/// <summary>
/// The coordination report (issue #6, item 3; the basis of the yearly review, sơ kết): for a period and a regulation, or
/// every regulation in force in the period, what each obligation's module shows was done under it. Only the petitions
/// module exists: obligations of the other areas say so instead of showing zeros. Every count is the length of its
/// drill-down list (<see cref="Letters"/>), as in the letter report.
/// </summary>
public sealed class CoordinationReport(AppDbContext db, RegulationQueries regulations, PetitionQueries petitions, ReportAccess access, TimeProvider clock)
{
    public const string RegulationField = "regulationId";

    /// <summary>Whether a module records what is done in an area. Reception, supervision, drafts, voter contact and campaigns come later.</summary>
    public static bool IsRecorded(CoordinationArea area) => area == CoordinationArea.CitizenReceptionAndPetitions;

    /// <summary>
    /// Turns a request into what the user may see: the period as the letter report takes it, the reader's scope (their
    /// body, or the province for <see cref="ReportsPermissions.ReadProvince"/>), and a regulation the user may read.
    /// </summary>
    public async Task<(CoordinationRequest? Request, ReportRequestError? Error)> ResolveAsync(
        ClaimsPrincipal user, string? from, string? to, string? regulationId, CancellationToken ct)
    {
        var (scope, error) = await access.ResolveAsync(user, from, to, null, Display.VietnamToday(clock), ct);
        if (error is not null)
            return (null, error);
        Guid? id = null;
        if (!string.IsNullOrWhiteSpace(regulationId))
        {
            if (!Guid.TryParse(regulationId.Trim(), out var parsed) || !await regulations.Readable(user).AnyAsync(r => r.Id == parsed, ct))
                return (null, new ReportRequestError(RegulationField, "Reports.UnknownRegulation"));
            id = parsed;
        }
        return (new CoordinationRequest(scope!.Period, id, scope.BodyId, scope.BodyCode, scope.BodyName), null);
    }

    /// <summary>The regulations a report may be asked for: those the user may read, newest first.</summary>
    public async Task<List<(Guid Id, string Label)>> ChoicesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var rows = await regulations.Readable(user).AsNoTracking()
            .Select(r => new { r.Id, r.Number, r.Title, r.SignedOn }).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.SignedOn).ThenBy(r => r.Number, StringComparer.Ordinal).Select(r => (r.Id, $"{r.Number} – {r.Title}"))];
    }

    public async Task<CoordinationReportResult> ReportAsync(CoordinationRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = Display.VietnamToday(clock);
        var (from, to) = (request.Period.From, request.Period.To);
        var query = regulations.Readable(user).AsNoTracking().AsSplitQuery()
            .Include(r => r.Chapters).ThenInclude(c => c.Articles).ThenInclude(a => a.Obligations).ThenInclude(o => o.ResponsibleBody)
            .Include(r => r.Chapters).ThenInclude(c => c.Articles).ThenInclude(a => a.Obligations).ThenInclude(o => o.PartnerBody);
        // In force at some time in the period: signed, effective before its end, not ended before its start.
        var chosen = request.RegulationId is { } id
            ? await query.Where(r => r.Id == id).ToListAsync(ct)
            : await query.Where(r => r.Status != RegulationStatus.Draft && r.ValidFrom != null && r.ValidFrom <= to && (r.ValidTo == null || r.ValidTo >= from))
                .ToListAsync(ct);

        // The same two bodies may share obligations in several regulations: their letters are counted once.
        var counted = new Dictionary<(Guid, Guid?), IReadOnlyList<CoordinationReportResult.FigureCount>>();
        var parts = new List<CoordinationReportResult.RegulationPart>();
        foreach (var regulation in chosen.OrderByDescending(r => r.SignedOn).ThenBy(r => r.Number, StringComparer.Ordinal))
        {
            var chapters = new List<CoordinationReportResult.ChapterPart>();
            foreach (var chapter in regulation.Chapters.OrderBy(c => c.Number))
            {
                var articles = new List<CoordinationReportResult.ArticlePart>();
                foreach (var article in chapter.Articles.OrderBy(a => a.Number))
                {
                    var obligations = new List<CoordinationReportResult.ObligationPart>();
                    foreach (var o in article.Obligations.Where(o => IsVisible(request, o.ResponsibleBodyId, o.PartnerBodyId)).OrderBy(o => o.Id))
                    {
                        IReadOnlyList<CoordinationReportResult.FigureCount> counts = [];
                        if (IsRecorded(article.Area))
                        {
                            var key = (o.ResponsibleBodyId, o.PartnerBodyId);
                            if (!counted.TryGetValue(key, out var found))
                                counted[key] = found = await CountAsync(CoordinationFigures.For(db, o.ResponsibleBodyId, o.PartnerBodyId, request.Period, today), ct);
                            counts = found;
                        }
                        obligations.Add(new(o.Id, o.ResponsibleBody.Code, o.ResponsibleBody.Name, o.PartnerBody?.Code, o.PartnerBody?.Name,
                            o.Description, o.Recurrence, IsRecorded(article.Area), counts));
                    }
                    // A body's staff see the articles that oblige their body; province readers every article.
                    if (obligations.Count > 0 || request.IsProvince)
                        articles.Add(new(article.Id, article.Number, article.Title, article.Area, obligations));
                }
                if (articles.Count > 0)
                    chapters.Add(new(chapter.Number, chapter.Title, articles));
            }
            if (chapters.Count > 0 || request.RegulationId is not null)
                parts.Add(new(regulation.Id, regulation.Number, regulation.Title, regulation.Status, regulation.IsIllustrativeText, chapters));
        }
        return new CoordinationReportResult(request, today, parts);
    }

    /// <summary>
    /// One figure of one obligation, for its drill-down list: null with the reason when the obligation does not exist,
    /// the user may not see it, its area has no module yet, or the figure is not one of it.
    /// </summary>
    public async Task<(CoordinationFigure? Figure, DrillDownHeading? Heading, ReportRequestError? Error)> FindAsync(
        CoordinationRequest request, ClaimsPrincipal user, Guid obligationId, string? figure, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Joins rather than nested SelectMany: SQLite cannot run the APPLY that the nested form needs.
        var found = await (
            from o in db.Obligations.AsNoTracking()
            join a in db.Articles on o.ArticleId equals a.Id
            join c in db.Chapters on a.ChapterId equals c.Id
            join r in regulations.Readable(user) on c.RegulationId equals r.Id
            where o.Id == obligationId
            select new
            {
                o.ResponsibleBodyId,
                o.PartnerBodyId,
                o.Description,
                a.Area,
                ArticleNumber = a.Number,
                ArticleTitle = a.Title,
                RegulationNumber = r.Number,
                Responsible = o.ResponsibleBody.Name,
                Partner = o.PartnerBody == null ? null : o.PartnerBody.Name,
            }).SingleOrDefaultAsync(ct);
        if (found is null)
            return (null, null, new ReportRequestError("obligationId", "Reports.UnknownObligation"));
        if (!IsVisible(request, found.ResponsibleBodyId, found.PartnerBodyId))
            return (null, null, new ReportRequestError("obligationId", "Reports.Forbidden", IsForbidden: true));
        var shown = IsRecorded(found.Area)
            ? CoordinationFigures.For(db, found.ResponsibleBodyId, found.PartnerBodyId, request.Period, Display.VietnamToday(clock))
                .FirstOrDefault(f => f.Code == figure)
            : null;
        if (shown is null)
            return (null, null, new ReportRequestError("figure", "Reports.UnknownFigure"));
        return (shown, new DrillDownHeading(found.RegulationNumber, found.ArticleNumber, found.ArticleTitle, found.Responsible, found.Partner,
            found.Description), null);
    }

    /// <summary>What the drill-down page says the list is of.</summary>
    public sealed record DrillDownHeading(string RegulationNumber, int ArticleNumber, string ArticleTitle, string ResponsibleName, string? PartnerName,
        string Description);

    /// <summary>The letters of one figure (its drill-down list).</summary>
    public IQueryable<Petition> Letters(CoordinationFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return db.Petitions.AsNoTracking().Where(figure.Where);
    }

    /// <summary>
    /// One page of a figure's letters, newest first. The list may hold the other body's letters: a body's staff see the
    /// subject of a letter only when they may read it (their own body's, or of a matter their body holds a letter of).
    /// </summary>
    public async Task<Page<PetitionRow>> ListAsync(
        CoordinationFigure figure, ClaimsPrincipal user, bool isProvince, string hiddenSubject, int page, int pageSize, CancellationToken ct)
    {
        var q = Letters(figure);
        var total = await q.CountAsync(ct);
        var size = Math.Clamp(pageSize, 1, PetitionQueries.MaxPageSize);
        page = Math.Max(1, page);
        var rows = await q.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id).Skip((page - 1) * size).Take(size)
            .Select(p => new PetitionRow(p.Id, p.TrackingCode, p.ReceivedOn, p.Subject, p.Kind, p.DeclaredKind, p.Status, p.Channel,
                p.ReceivingBodyId,
                db.Bodies.Where(b => b.Id == p.ReceivingBodyId).Select(b => b.Name).First(),
                db.Bodies.Where(b => b.Id == p.ReceivingBodyId).Select(b => b.Code).First(),
                p.AssigneeId,
                db.Users.Where(u => u.Id == p.AssigneeId).Select(u => u.FullName).FirstOrDefault(),
                p.DueOn, p.CaseId))
            .ToListAsync(ct);
        if (!isProvince)
        {
            var ids = rows.Select(r => r.Id).ToList();
            var readable = (await petitions.Readable(user).Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
            rows = [.. rows.Select(r => readable.Contains(r.Id) ? r : r with { Subject = hiddenSubject, AssigneeName = null })];
        }
        return new Page<PetitionRow>(rows, total, page, size);
    }

    /// <summary>The drill-down page of a figure of an obligation.</summary>
    public static string ListLink(CoordinationRequest request, Guid obligationId, string figure)
    {
        ArgumentNullException.ThrowIfNull(request);
        return "/Reports/Coordination/List" + QueryString.Create(new Dictionary<string, string?>
        {
            ["period"] = nameof(PeriodKind.Custom),
            ["from"] = ReportForm.Iso(request.Period.From),
            ["to"] = ReportForm.Iso(request.Period.To),
            ["obligationId"] = obligationId.ToString(),
            ["figure"] = figure,
        });
    }

    /// <summary>The query string of a report, for its exports and print view.</summary>
    public static Dictionary<string, string?> Query(CoordinationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new()
        {
            ["from"] = ReportForm.Iso(request.Period.From),
            ["to"] = ReportForm.Iso(request.Period.To),
            [RegulationField] = request.RegulationId?.ToString(),
        };
    }

    private static bool IsVisible(CoordinationRequest request, Guid responsible, Guid? partner) =>
        request.BodyId is not { } body || responsible == body || partner == body;

    private async Task<IReadOnlyList<CoordinationReportResult.FigureCount>> CountAsync(IReadOnlyList<CoordinationFigure> figures, CancellationToken ct)
    {
        var counts = new List<CoordinationReportResult.FigureCount>();
        foreach (var figure in figures)
            counts.Add(new(figure, await Letters(figure).CountAsync(ct)));
        return counts;
    }
}
