using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Reports;

/// <summary>One figure with its count.</summary>
public sealed record FigureCount(PetitionFigure Figure, int Count);

/// <summary>The letter report of a scope, computed on <see cref="Today"/>.</summary>
public sealed record PetitionReport(ReportScope Scope, DateOnly Today, IReadOnlyList<FigureCount> Figures)
{
    public int this[string code] => Figures.Single(f => f.Figure.Code == code).Count;
}

/// <summary>
/// Counts the figures of <see cref="PetitionFigures"/> and lists the letters behind each. Reads across bodies: callers
/// decide the scope with <see cref="ReportAccess"/> first.
/// </summary>
public sealed class PetitionStatistics(AppDbContext db, TimeProvider clock, OwnConnections connections)
{
    public IReadOnlyList<PetitionFigure> Figures() => PetitionFigures.All(db, Display.VietnamToday(clock));

    public PetitionFigure? Find(string? code) => Figures().FirstOrDefault(f => f.Code == code);

    /// <summary>
    /// The figures on the letter's own columns in one pass over the scope: one aggregate query with a conditional count per
    /// figure (COUNT(CASE WHEN …)), so a province's quarter reads its letters once instead of once per figure. The figures
    /// that look into other tables (history, tracked time limits) are counted apart: inside the aggregate each is a
    /// subquery run per letter (PostgreSQL, 1M letters, a quarter of 252k: 19 s for three of them), while alone in a WHERE
    /// EXISTS the database plans one semi-join (1.7 s each); see bench/README.md, Reports. Being independent, they run
    /// beside the aggregate, each on a connection of its own (at most two per core at a time for the whole node).
    /// </summary>
    public async Task<PetitionReport> ReportAsync(ReportScope scope, CancellationToken ct)
    {
        var today = Display.VietnamToday(clock);
        var figures = PetitionFigures.All(db, today);
        var values = new int[figures.Count];
        var simple = figures.Select((f, i) => (Figure: f, Index: i)).Where(x => !ReadsOtherTables(x.Figure)).ToList();

        // SQLite runs a query on one core: there the aggregate is cut in as many parts as there are cores, each a pass
        // over the scope on its own connection (PostgreSQL already reads one aggregate with parallel workers).
        var parts = db.Provider == DatabaseProvider.Sqlite ? Math.Clamp(simple.Count, 1, Environment.ProcessorCount) : 1;
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // A figure's predicate reads through the context it was made with: each part makes its own.
        PetitionFigure On(AppDbContext context, string code) => PetitionFigures.All(context, today).Single(f => f.Code == code);
        var counting = new List<Task>();
        for (var part = 0; part < parts; part++)
        {
            var mine = simple.Where((_, k) => k % parts == part).ToList();
            counting.Add(OnOwnConnectionAsync(async context =>
            {
                var row = (await ReportQuery(context, scope, [.. mine.Select(x => On(context, x.Figure.Code))]).ToListAsync(failed.Token))
                    .SingleOrDefault();
                for (var k = 0; row is not null && k < mine.Count; k++)
                    values[mine[k].Index] = row[k];
            }, failed));
        }
        foreach (var (figure, index) in figures.Select((f, i) => (f, i)).Where(x => ReadsOtherTables(x.f)))
        {
            counting.Add(OnOwnConnectionAsync(async context =>
                values[index] = await Letters(context, scope, On(context, figure.Code)).CountAsync(failed.Token), failed));
        }
        await Task.WhenAll(counting);
        return new PetitionReport(scope, today, [.. figures.Select((f, i) => new FigureCount(f, values[i]))]);
    }

    // Shared by every report of this node: at most two report queries per core at a time (SQLite, 1M letters: 4.0 s with
    // one per core, 2.9 s with two, as each new connection reads its pages through the system), so that reports asked
    // for together queue here instead of taking the connections that intake and the queues need.
    private static readonly SemaphoreSlim ReportConnections = new(2 * Math.Max(1, Environment.ProcessorCount));

    private Task OnOwnConnectionAsync(Func<AppDbContext, Task> work, CancellationTokenSource failed) =>
        connections.RunAsync((services, _) => work(services.GetRequiredService<AppDbContext>()), failed, ReportConnections);

    /// <summary>Whether a figure's predicate reads rows other than the letter's own (an Any over another table).</summary>
    public static bool ReadsOtherTables(PetitionFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var finder = new SubqueryFinder();
        finder.Visit(figure.Where);
        return finder.Found;
    }

    private sealed class SubqueryFinder : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.Name == nameof(Enumerable.Any))
                Found = true;
            return base.VisitMethodCall(node);
        }
    }

    /// <summary>The query behind <see cref="ReportAsync"/>: one row, one count per figure in order.</summary>
    public IQueryable<int[]> ReportQuery(ReportScope scope, IReadOnlyList<PetitionFigure> figures) => ReportQuery(db, scope, figures);

    private static IQueryable<int[]> ReportQuery(AppDbContext context, ReportScope scope, IReadOnlyList<PetitionFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var group = Expression.Parameter(typeof(IGrouping<int, Petition>), "g");
        var count = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Count) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(Petition));
        var counts = Expression.NewArrayInit(typeof(int), figures.Select(f => Expression.Call(count, group, f.Where)));
        var projection = Expression.Lambda<Func<IGrouping<int, Petition>, int[]>>(counts, group);
        return context.Petitions.AsNoTracking().Where(PetitionFigures.Scope(scope.BodyId, scope.Period)).GroupBy(p => 1).Select(projection);
    }

    /// <summary>The letters of one figure (its drill-down list), newest first.</summary>
    public IQueryable<Petition> Letters(ReportScope scope, PetitionFigure figure) => Letters(db, scope, figure);

    private static IQueryable<Petition> Letters(AppDbContext context, ReportScope scope, PetitionFigure figure) =>
        context.Petitions.AsNoTracking().Where(PetitionFigures.Scope(scope.BodyId, scope.Period)).Where(figure.Where);

    public async Task<Page<PetitionRow>> ListAsync(ReportScope scope, PetitionFigure figure, int page, int pageSize, CancellationToken ct)
    {
        var q = Letters(scope, figure);
        var total = await q.CountAsync(ct);
        var size = Math.Clamp(pageSize, 1, PetitionQueries.MaxPageSize);
        page = Math.Max(1, page);
        var rows = await Rows(Ordered(q).Skip((page - 1) * size).Take(size)).ToListAsync(ct);
        return new Page<PetitionRow>(rows, total, page, size);
    }

    /// <summary>Every letter of the figure, streamed in pages by keyset (for exports of any size).</summary>
    public async IAsyncEnumerable<PetitionRow> StreamAsync(
        ReportScope scope, PetitionFigure figure, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        const int batch = 5000;
        DateOnly? lastDate = null;
        Guid lastId = default;
        while (true)
        {
            var q = Letters(scope, figure);
            if (lastDate is { } d)
            {
                var id = lastId;
                q = q.Where(p => p.ReceivedOn < d || (p.ReceivedOn == d && p.Id.CompareTo(id) < 0));
            }
            var rows = await Rows(Ordered(q).Take(batch)).ToListAsync(ct);
            foreach (var row in rows)
                yield return row;
            if (rows.Count < batch)
                yield break;
            (lastDate, lastId) = (rows[^1].ReceivedOn, rows[^1].Id);
            db.ChangeTracker.Clear();
        }
    }

    private static IOrderedQueryable<Petition> Ordered(IQueryable<Petition> q) =>
        q.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id);

    // The rows of the petitions table (Petitions/_PetitionTable), as the work queues show them.
    private IQueryable<PetitionRow> Rows(IQueryable<Petition> q) =>
        q.Select(p => new PetitionRow(p.Id, p.TrackingCode, p.ReceivedOn, p.Subject, p.Kind, p.DeclaredKind, p.Status, p.Channel,
            p.ReceivingBodyId,
            db.Bodies.Where(b => b.Id == p.ReceivingBodyId).Select(b => b.Name).First(),
            db.Bodies.Where(b => b.Id == p.ReceivingBodyId).Select(b => b.Code).First(),
            p.AssigneeId,
            db.Users.Where(u => u.Id == p.AssigneeId).Select(u => u.FullName).FirstOrDefault(),
            p.DueOn, p.CaseId));
}
