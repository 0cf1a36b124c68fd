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
    public IReadOnlyList<PetitionFigure> Figures() => Compiled(Display.VietnamToday(clock)).Figures;

    public PetitionFigure? Find(string? code) => Figures().FirstOrDefault(f => f.Code == code);

    /// <summary>
    /// Every figure in one pass over the scope: the period's letters are read once, as their <see cref="LetterFacts"/>
    /// from the report index alone, and each figure's predicate is tested on each in .NET. A conditional count per figure
    /// in one aggregate query (<see cref="ReportQuery(ReportScope, IReadOnlyList{PetitionFigure})"/>) costs SQLite about as
    /// much per figure as reading the letters (1M letters, a quarter of 252k: 1.3 s of one core for the 43 counts, 0.14 s
    /// to read the rows in the sqlite3 shell); a figure that looked into another table would be a subquery run per letter
    /// (PostgreSQL: 19 s for three of them). The figures read the letter's own columns only: the steps and time limits
    /// they count are kept on its row. bench/README.md, Reports, has the figures of each way.
    /// </summary>
    public async Task<PetitionReport> ReportAsync(ReportScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var today = Display.VietnamToday(clock);
        var (_, figures, tests) = Compiled(today);

        // SQLite runs a query on one core, on the app's thread: there the period is cut in as many parts as there are
        // cores, each read on a connection of its own. PostgreSQL reads in its own process while the app tests.
        var parts = db.Provider == DatabaseProvider.Sqlite ? Math.Clamp(scope.Period.Days, 1, Environment.ProcessorCount) : 1;
        var counts = new int[parts][];
        async Task CountAsync(AppDbContext context, int part, CancellationToken token)
        {
            var (from, days) = (scope.Period.From, scope.Period.Days);
            var period = new ReportPeriod(from.AddDays(part * days / parts), from.AddDays(((part + 1) * days / parts) - 1));
            counts[part] = await LetterFacts.CountAsync(context, context.Petitions.AsNoTracking().Where(PetitionFigures.Scope(scope.BodyId, period)), tests, token);
        }
        if (parts == 1)
            await CountAsync(db, 0, ct);
        else
        {
            using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
            await Task.WhenAll(Enumerable.Range(0, parts).Select(part => connections.RunAsync(
                (services, token) => CountAsync(services.GetRequiredService<AppDbContext>(), part, token), failed, ReportConnections)));
        }
        return new PetitionReport(scope, today, [.. figures.Select((f, i) => new FigureCount(f, counts.Sum(c => c[i])))]);
    }

    // The figures of a day with their tests compiled (each figure's "today" is a constant in it), kept for the day:
    // compiling the 43 tests takes longer than testing a month of a province's letters. One reference, swapped whole.
    private sealed record CompiledFigures(DateOnly Day, IReadOnlyList<PetitionFigure> Figures, IReadOnlyList<Func<LetterFacts, bool>> Tests);

    private static CompiledFigures? compiled;

    private static CompiledFigures Compiled(DateOnly today)
    {
        if (Volatile.Read(ref compiled) is { } c && c.Day == today)
            return c;
        var figures = PetitionFigures.All(today);
        var fresh = new CompiledFigures(today, figures, [.. figures.Select(f => LetterFacts.Test(f.Where))]);
        Volatile.Write(ref compiled, fresh);
        return fresh;
    }

    // Shared by every SQLite report of this node: at most two report queries per core at a time (SQLite, 1M letters: 4.0 s with
    // one per core, 2.9 s with two, as each new connection reads its pages through the system), so that reports asked
    // for together queue here instead of taking the connections that intake and the queues need.
    private static readonly SemaphoreSlim ReportConnections = new(2 * Math.Max(1, Environment.ProcessorCount));

    /// <summary>
    /// The figures as one aggregate query, one row with one count per figure in order (a conditional count each): for a
    /// few figures over a small scope, as the dashboard's chart by field; the report tests its figures in .NET instead.
    /// </summary>
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
