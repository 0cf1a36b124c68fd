using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Audit;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// Re-encrypts every protected field of the petitions module that is not under the current key (<c>protection rotate</c>),
/// in batches, each batch in its own transaction; after it, an old key can be removed from the configuration.
/// </summary>
public sealed class ProtectedDataRotation(AppDbContext db, PersonalDataCipher cipher, AuditActor actor)
{
    private const int Batch = 500;

    public async Task<int> RotateAsync(CancellationToken ct)
    {
        actor.Reason = $"Mã hóa lại dữ liệu cá nhân bằng khóa {cipher.CurrentKeyId}";
        var rotated = 0;
        var prefix = $"{PersonalDataCipher.Version}:{cipher.CurrentKeyId}:";
        while (true)
        {
            var senders = await db.Set<PetitionSender>().Where(s => !s.FullNameProtected.StartsWith(prefix)
                || (s.IdNumberProtected != null && !s.IdNumberProtected.StartsWith(prefix))
                || (s.PhoneProtected != null && !s.PhoneProtected.StartsWith(prefix))
                || (s.AddressProtected != null && !s.AddressProtected.StartsWith(prefix))).OrderBy(s => s.Id).Take(Batch).ToListAsync(ct);
            if (senders.Count == 0)
                break;
            foreach (var s in senders)
            {
                s.Seal(Rotate(s.FullNameProtected, nameof(s.FullNameProtected), s.Id)!, Rotate(s.IdNumberProtected, nameof(s.IdNumberProtected), s.Id),
                    Rotate(s.PhoneProtected, nameof(s.PhoneProtected), s.Id), Rotate(s.AddressProtected, nameof(s.AddressProtected), s.Id),
                    s.IdNumberIndex, s.PhoneIndex);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            rotated += senders.Count;
        }
        while (true)
        {
            var documents = await db.Set<OutgoingDocument>().Where(d => !d.FieldsProtected.StartsWith(prefix)).OrderBy(d => d.Id).Take(Batch).ToListAsync(ct);
            if (documents.Count == 0)
                break;
            foreach (var d in documents)
                d.SealFields(cipher.Rotate(d.FieldsProtected, FieldBinding.Row("OutgoingDocument.Fields", d.Id)));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            rotated += documents.Count;
        }
        // Letters waiting in the inbox are few and short-lived, but one waiting out a failure may outlive an old key. Each is
        // rewritten only if unchanged, so that the worker may register (and delete) it meanwhile; one that cannot be read
        // is left as it is (the inbox's health check reports it).
        var waiting = await db.Set<Inbox.PetitionInboxEntry>().AsNoTracking().Where(e => !e.SubmissionProtected.StartsWith(prefix))
            .Select(e => new { e.Id, e.SubmissionProtected }).ToListAsync(ct);
        foreach (var e in waiting)
        {
            string sealedAgain;
            try
            {
                sealedAgain = cipher.Rotate(e.SubmissionProtected, Inbox.PetitionInboxEntry.Binding(e.Id));
            }
            catch (PersonalDataDecryptionException)
            {
                continue;
            }
            rotated += await db.Set<Inbox.PetitionInboxEntry>().Where(x => x.Id == e.Id && x.SubmissionProtected == e.SubmissionProtected)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.SubmissionProtected, sealedAgain), ct);
        }
        return rotated;
    }

    private string? Rotate(string? value, string field, Guid id) =>
        value is null || !cipher.NeedsRotation(value) ? value : cipher.Rotate(value, FieldBinding.Row($"PetitionSender.{field}", id));
}
