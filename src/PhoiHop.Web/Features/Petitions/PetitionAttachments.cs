using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Files;

namespace PhoiHop.Features.Petitions;

/// <summary>Adds files to letters after checking them by content, lists them, opens them. Nothing is saved here.</summary>
public sealed class PetitionAttachments(AppDbContext db, AttachmentInspector inspector, FileStore store, IOptions<AttachmentOptions> options, TimeProvider clock)
{
    /// <summary>Checks and stores one uploaded file; the refusal says why (type, size, disguised content, too many files).</summary>
    public async Task<(PetitionAttachment? Attachment, DomainError? Error)> AddAsync(
        Guid petitionId, IFormFile file, Guid? addedBy, CancellationToken ct, Guid? documentId = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var existing = await db.Set<PetitionAttachment>().Where(a => a.PetitionId == petitionId).Select(a => a.Length).ToListAsync(ct);
        existing.AddRange(db.ChangeTracker.Entries<PetitionAttachment>().Where(e => e.State == EntityState.Added && e.Entity.PetitionId == petitionId)
            .Select(e => e.Entity.Length));
        if (inspector.CheckLetter(existing, file.Length).Error is { } tooMuch)
            return (null, tooMuch);

        await using var stream = file.OpenReadStream();
        var inspection = await inspector.InspectAsync(stream, file.FileName, ct);
        if (!inspection.IsAccepted)
            return (null, inspection.Error);
        var stored = await store.SaveAsync(stream, options.Value.MaxFileBytes, ct);
        var attachment = new PetitionAttachment(petitionId, stored, inspection.Attachment!, addedBy, clock.GetUtcNow(), documentId);
        db.Add(attachment);
        return (attachment, null);
    }

    public Task<List<PetitionAttachment>> ListAsync(Guid petitionId, CancellationToken ct) =>
        db.Set<PetitionAttachment>().AsNoTracking().Where(a => a.PetitionId == petitionId).OrderBy(a => a.AddedAt).ToListAsync(ct);

    public Task<PetitionAttachment?> FindAsync(Guid petitionId, Guid attachmentId, CancellationToken ct) =>
        db.Set<PetitionAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.PetitionId == petitionId && a.Id == attachmentId, ct);

    public Stream Open(PetitionAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return store.OpenRead(attachment.Hash);
    }

    /// <summary>The forwarded copy carries the same files (the bytes are stored once).</summary>
    public async Task CopyAsync(Petition from, Petition to, CancellationToken ct)
    {
        foreach (var attachment in await ListAsync(from.Id, ct))
            db.Add(attachment.CopyFor(to.Id, clock.GetUtcNow()));
    }
}
