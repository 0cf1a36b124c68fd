using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace PhoiHop.Features.Audit;

/// <summary>
/// Records every change to every entity in the same transaction as the change, chained by hash
/// (DESIGN.md "Trust"). The first statement of the transaction updates <see cref="AuditChainHead"/>, which
/// serialises writers across nodes on both databases.
/// </summary>
public sealed class AuditInterceptor(AuditActor actor, TimeProvider clock) : SaveChangesInterceptor
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
        _ownTransaction?.Commit();
        EndOwnTransaction();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        // The rows are written: commit whatever the caller's token says, or the outcome would be unknown.
        if (_ownTransaction is not null)
            await _ownTransaction.CommitAsync(CancellationToken.None);
        EndOwnTransaction();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        _ownTransaction?.Rollback();
        EndOwnTransaction();
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (_ownTransaction is not null)
            await _ownTransaction.RollbackAsync(CancellationToken.None);
        EndOwnTransaction();
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => SaveChangesFailed(null!);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        SaveChangesFailedAsync(null!, cancellationToken);

    private void EndOwnTransaction()
    {
        _ownTransaction?.Dispose();
        _ownTransaction = null;
        actor.Reason = null;
    }

    private async Task AppendAsync(DbContext context, bool async, CancellationToken ct)
    {
        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        if (changed.Any(e => e.Entity is AuditEntry && e.State is not EntityState.Added))
            throw new InvalidOperationException("The audit log is append-only.");

        var audited = changed.Where(e => IsAudited(e.Metadata.ClrType)).ToList();
        if (audited.Count == 0)
            return;

        if (context.Database.CurrentTransaction is null)
            _ownTransaction = async ? await context.Database.BeginTransactionAsync(ct) : context.Database.BeginTransaction();

        // Take the chain lock first: a no-op update of the head row.
        const string lockSql = "UPDATE \"AuditChainHeads\" SET \"LastSequence\" = \"LastSequence\" WHERE \"Id\" = 1";
        var locked = async ? await context.Database.ExecuteSqlRawAsync(lockSql, ct) : context.Database.ExecuteSqlRaw(lockSql);
        if (locked != 1)
            throw new InvalidOperationException("The audit chain head row is missing; the database was not migrated.");

        var heads = context.Set<AuditChainHead>().AsNoTracking().Where(h => h.Id == AuditChainHead.SingletonId);
        var head = async ? await heads.SingleAsync(ct) : heads.Single();

        var sequence = head.LastSequence;
        var previous = head.LastHash;
        var at = AuditHash.Truncate(clock.GetUtcNow());
        var (userId, userName, reason) = (actor.UserId, actor.UserName, actor.Reason);

        foreach (var entry in audited)
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Modified,
            };
            var changes = DescribeChanges(entry, action);
            if (changes is null)
                continue;
            sequence++;
            var entityType = entry.Metadata.ClrType.Name;
            var entityId = KeyOf(entry);
            var hash = AuditHash.Compute(sequence, at, userId, userName, entityType, entityId, action, changes, reason, previous);
            context.Add(new AuditEntry
            {
                Sequence = sequence,
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
            });
            previous = hash;
        }

        if (sequence == head.LastSequence)
            return;

        if (async)
        {
            await context.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE \"AuditChainHeads\" SET \"LastSequence\" = {sequence}, \"LastHash\" = {previous} WHERE \"Id\" = 1", ct);
        }
        else
        {
            context.Database.ExecuteSqlInterpolated(
                $"UPDATE \"AuditChainHeads\" SET \"LastSequence\" = {sequence}, \"LastHash\" = {previous} WHERE \"Id\" = 1");
        }
    }

    private static bool IsAudited(Type type) =>
        type != typeof(AuditEntry) && type != typeof(AuditChainHead) && type != typeof(DataProtectionKey) && !typeof(IDerivedRow).IsAssignableFrom(type);

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
