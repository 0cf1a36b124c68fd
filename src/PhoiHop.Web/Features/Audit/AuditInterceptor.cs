using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Audit;

/// <summary>
/// Records every change to every entity in the same transaction as the change, chained by hash
/// (DESIGN.md "Trust"). Before the rows are written the transaction locks an <see cref="AuditChainHead"/> and appends
/// its entries to that chain; the lock is held to the commit, so each chain is linked in commit order across nodes.
/// On SQLite, where one writer at a time holds the database, a save of this process first waits its turn at
/// <see cref="SqliteWriters"/> (asynchronously, queued) instead of polling the locked file.
/// </summary>
public sealed class AuditInterceptor(AuditActor actor, TimeProvider clock) : SaveChangesInterceptor, IDisposable
{
    public const string RedactedAnnotation = "PhoiHop:AuditRedacted";

    private const string Redacted = "***";

    private static readonly HashSet<string> SecretProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash"];

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private IDbContextTransaction? _ownTransaction;
    private SemaphoreSlim? _writerTurn;

    // What this save added to the context (its entries and the chain head it moved): let go of once the save ends, so that
    // a save retried after a failure draws a chain and numbers again instead of writing stale entries and a stale head.
    private readonly List<object> _appended = [];
    private DbContext? _context;
    private DbContext? _watched;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
            AppendAsync(context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            await AppendAsync(context, async: true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        try
        {
            _ownTransaction?.Commit();
        }
        finally
        {
            EndOwnTransaction();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        // The rows are written: commit whatever the caller's token says, or the outcome would be unknown.
        try
        {
            if (_ownTransaction is not null)
                await _ownTransaction.CommitAsync(CancellationToken.None);
        }
        finally
        {
            EndOwnTransaction();
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => RollBackOwnTransaction();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        try
        {
            if (_ownTransaction is not null)
                await _ownTransaction.RollbackAsync(CancellationToken.None);
        }
        finally
        {
            EndOwnTransaction();
        }
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => SaveChangesFailed(null!);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        SaveChangesFailedAsync(null!, cancellationToken);

    private void EndOwnTransaction()
    {
        _ownTransaction?.Dispose();
        _ownTransaction = null;
        EndTurn();
        actor.Reason = null;
        foreach (var appended in _appended)
            _context!.Entry(appended).State = EntityState.Detached;
        _appended.Clear();
        _context = null;
    }

    private void RollBackOwnTransaction()
    {
        try
        {
            _ownTransaction?.Rollback();
        }
        finally
        {
            EndOwnTransaction();
        }
    }

    // Exactly once per turn taken, whichever way the save ended (or the scope, when a save was left unfinished).
    private void EndTurn() => Interlocked.Exchange(ref _writerTurn, null)?.Release();

    // EF Core tells interceptors of a concurrency failure (a row changed meanwhile) only before it rolls back to its
    // savepoint, not through SaveChangesFailed; the context's own SaveChangesFailed event comes after, for every failure.
    // Without it the transaction, its lock (a chain head; SQLite's file) and the turn stayed held until the scope ended.
    private void Watch(DbContext context)
    {
        if (ReferenceEquals(_watched, context))
            return;
        context.SaveChangesFailed += (_, _) =>
        {
            if (_ownTransaction is not null || _writerTurn is not null)
                RollBackOwnTransaction();
        };
        _watched = context;
    }

    public void Dispose()
    {
        _ownTransaction?.Dispose();
        _ownTransaction = null;
        EndTurn();
    }

    private async Task AppendAsync(DbContext context, bool async, CancellationToken ct)
    {
        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        if (changed.Any(e => e.Entity is AuditEntry && e.State is not EntityState.Added))
            throw new InvalidOperationException("The audit log is append-only.");

        // Every SQLite save of this process waits its turn, audited or not; a caller's transaction has written already.
        if (changed.Count > 0 && context.Database.CurrentTransaction is null && context is AppDbContext { Provider: DatabaseProvider.Sqlite }
            && _writerTurn is null)
        {
            // Past the limit the save goes on without its turn and meets SQLite's own busy timeout, as before: a turn that
            // some failure never gave back costs each writer the limit, never a hang.
            var turn = SqliteWriters.Of(context.Database.GetDbConnection());
            if (async ? await turn.WaitAsync(SqliteWriters.WaitLimit, ct) : turn.Wait(SqliteWriters.WaitLimit, ct))
                _writerTurn = turn;
        }
        Watch(context);
        try
        {
            await AppendEntriesAsync(context, changed, async, ct);
        }
        catch
        {
            // Whether or not EF reports the failure to SaveChangesFailed, this save's transaction, turn and entries end here.
            EndOwnTransaction();
            throw;
        }
    }

    private async Task AppendEntriesAsync(DbContext context, List<EntityEntry> changed, bool async, CancellationToken ct)
    {
        var audited = changed.Where(e => IsAudited(e.Metadata.ClrType)).ToList();
        if (audited.Count == 0)
            return;

        var at = AuditHash.Truncate(clock.GetUtcNow());
        var (userId, userName, reason) = (actor.UserId, actor.UserName, actor.Reason);
        var described = new List<(string EntityType, string EntityId, AuditAction Action, string Changes)>(audited.Count);
        foreach (var entry in audited)
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Modified,
            };
            if (DescribeChanges(entry, action) is { } changes)
                described.Add((entry.Metadata.ClrType.Name, KeyOf(entry), action, changes));
        }
        if (described.Count == 0)
            return;

        if (context.Database.CurrentTransaction is null)
            _ownTransaction = async ? await context.Database.BeginTransactionAsync(ct) : context.Database.BeginTransaction();
        var (head, numbers) = await ReserveAsync(context, described.Count, async, ct);
        _context = context;
        var previous = head.LastHash;
        for (var i = 0; i < described.Count; i++)
        {
            var (entityType, entityId, action, changes) = described[i];
            var hash = AuditHash.Compute(numbers[i], at, userId, userName, entityType, entityId, action, changes, reason, previous);
            var entry = new AuditEntry
            {
                Sequence = numbers[i],
                Chain = head.Id,
                OccurredAt = at,
                UserId = userId,
                UserName = userName,
                EntityType = entityType,
                EntityId = entityId,
                Action = action,
                Changes = changes,
                Reason = reason,
                PreviousHash = previous,
                Hash = hash,
            };
            context.Add(entry);
            _appended.Add(entry);
            previous = hash;
        }

        // The head moves in the same batch as the entries (no statement of its own).
        var tracked = context.ChangeTracker.Entries<AuditChainHead>().FirstOrDefault(e => e.Entity.Id == head.Id) ?? context.Attach(head);
        tracked.Property(h => h.LastSequence).CurrentValue = numbers[^1];
        tracked.Property(h => h.LastHash).CurrentValue = previous;
        _appended.Add(tracked.Entity);
    }

    /// <summary>
    /// Locks a chain head until the transaction ends, reads it, and reserves the entries' sequence numbers.
    /// SQLite: chain 1, whose no-op update takes the database's write lock; the numbers follow its head.
    /// PostgreSQL, in one round trip: the first head no other transaction holds, so writers do not queue behind each
    /// other's commits (only when every chain is busy does a writer wait, for one of them), and numbers from one
    /// database sequence shared by every chain (unique; increasing along each chain, whose head is locked).
    /// </summary>
    private static async Task<(AuditChainHead Head, long[] Numbers)> ReserveAsync(DbContext context, int count, bool async, CancellationToken ct)
    {
        if (context is AppDbContext { Provider: DatabaseProvider.PostgreSQL })
        {
            const string reserve = """
                SELECT h."Id", h."LastSequence", h."LastHash", ARRAY(SELECT nextval('"AuditEntrySequence"') FROM generate_series(1, @count))
                FROM head h
                """;
            var free = await ReadHeadAsync(context,
                $"""WITH head AS (SELECT * FROM "AuditChainHeads" ORDER BY "Id" LIMIT 1 FOR UPDATE SKIP LOCKED) {reserve}""", count, async, ct);
            if (free is not null)
                return free.Value;
            var any = Random.Shared.Next(AuditChainHead.FirstId, AuditChainHead.FirstId + AuditChainHead.Count);
            return await ReadHeadAsync(context,
                    $"""WITH head AS (SELECT * FROM "AuditChainHeads" WHERE "Id" = {any} FOR UPDATE) {reserve}""", count, async, ct)
                ?? throw new InvalidOperationException("The audit chain heads are missing; the database was not migrated.");
        }

        const string lockSql = "UPDATE \"AuditChainHeads\" SET \"LastSequence\" = \"LastSequence\" WHERE \"Id\" = 1";
        var locked = async ? await context.Database.ExecuteSqlRawAsync(lockSql, ct) : context.Database.ExecuteSqlRaw(lockSql);
        if (locked != 1)
            throw new InvalidOperationException("The audit chain head row is missing; the database was not migrated.");
        var first = context.Set<AuditChainHead>().AsNoTracking().Where(h => h.Id == AuditChainHead.FirstId);
        var head = async ? await first.SingleAsync(ct) : first.Single();
        return (head, [.. Enumerable.Range(1, count).Select(i => head.LastSequence + i)]);
    }

    private static async Task<(AuditChainHead, long[])?> ReadHeadAsync(DbContext context, string sql, int count, bool async, CancellationToken ct)
    {
        using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "count";
        parameter.Value = count;
        command.Parameters.Add(parameter);
        using var reader = async ? await command.ExecuteReaderAsync(ct) : command.ExecuteReader();
        if (!(async ? await reader.ReadAsync(ct) : reader.Read()))
            return null;
        var head = new AuditChainHead { Id = reader.GetInt32(0), LastSequence = reader.GetInt64(1), LastHash = reader.GetString(2) };
        var numbers = (long[])reader.GetValue(3);
        Array.Sort(numbers);
        return (head, numbers);
    }

    private static bool IsAudited(Type type) =>
        type != typeof(AuditEntry) && type != typeof(AuditChainHead) && type != typeof(DataProtectionKey) && !typeof(IDerivedRow).IsAssignableFrom(type)
        && !typeof(IPendingWork).IsAssignableFrom(type);

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
            return "";
        return string.Join('|', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static string? DescribeChanges(EntityEntry entry, AuditAction action)
    {
        var diff = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var meta = property.Metadata;
            var redact = SecretProperties.Contains(meta.Name) || meta.FindAnnotation(RedactedAnnotation)?.Value is true;
            switch (action)
            {
                case AuditAction.Added:
                    diff[meta.Name] = new { after = Show(property.CurrentValue, redact) };
                    break;
                case AuditAction.Deleted:
                    diff[meta.Name] = new { before = Show(property.OriginalValue, redact) };
                    break;
                default:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                        diff[meta.Name] = new { before = Show(property.OriginalValue, redact), after = Show(property.CurrentValue, redact) };
                    break;
            }
        }
        return diff.Count == 0 ? null : JsonSerializer.Serialize(diff, Json);
    }

    private static object? Show(object? value, bool redact) => redact && value is not null ? Redacted : value;
}
