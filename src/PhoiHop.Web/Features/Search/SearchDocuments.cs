using System.Buffers.Text;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Features.Search;

/// <summary>
/// Builds and stores the search document of a letter. The interceptor calls it on every save that changes what is
/// searched; <c>search rebuild</c> calls it for every letter (after a change of Protection:IndexKey, or of this code).
/// </summary>
public sealed class SearchDocuments(PersonalDataCipher cipher)
{
    /// <summary>The properties of a letter the document is made of: a change of any other one does not touch it.</summary>
    public static readonly string[] Sources =
        [nameof(Petition.TrackingCode), nameof(Petition.Subject), nameof(Petition.Content), nameof(Petition.Place), nameof(Petition.Kind),
         nameof(Petition.DeclaredKind), nameof(Petition.AnswerSummary), nameof(Petition.DenouncerProtected)];

    /// <summary>
    /// The folded text and name hashes of a letter. The text of a letter whose identity is sealed (a denunciation, or a
    /// letter holding one: <see cref="PetitionQueries.IsIdentitySealed"/>) is redacted first (Luật Tố cáo 2018,
    /// Điều 56(2)), so that typing the denouncer's name or number into the search box does not find it by its content.
    /// </summary>
    public (string Text, string Names) Build(Petition petition, IReadOnlyList<SenderView> senders)
    {
        ArgumentNullException.ThrowIfNull(petition);
        return Build(petition.TrackingCode, petition.Subject, petition.Content, petition.Place, petition.AnswerSummary,
            PetitionQueries.IsIdentitySealed(petition), senders);
    }

    /// <summary>The same from the stored fields (the bench's bulk loader writes rows without the app).</summary>
    public (string Text, string Names) Build(string trackingCode, string subject, string content, string? place, string? answerSummary,
        bool identitySealed, IReadOnlyList<SenderView> senders)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(senders);
        var searched = identitySealed ? PetitionSenders.Redact(content, senders) : content;
        var text = SearchText.Fold(string.Join(' ', trackingCode, subject, searched, place, answerSummary));
        var names = string.Join(' ', senders.SelectMany(s => SearchText.Fold(s.FullName).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).Select(NameHash).Order(StringComparer.Ordinal));
        return (text, names);
    }

    /// <summary>
    /// The keyed hash of one folded name word as stored in <see cref="PetitionSearchDocument.Names"/>: without
    /// Protection:IndexKey it can be neither computed nor reversed. Hex with a letter first, so that both databases'
    /// tokenizers keep it as one word.
    /// </summary>
    public string NameHash(string foldedWord) =>
        "n" + Convert.ToHexStringLower(Base64Url.DecodeFromChars(cipher.BlindIndex(BlindIndexPurpose.SearchName, foldedWord)));

    /// <summary>Adds or updates the documents of these letters in the context (not saved), reading senders saved or pending.</summary>
    public async Task RefreshAsync(AppDbContext db, IReadOnlyCollection<Guid> petitionIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(petitionIds);
        if (petitionIds.Count == 0)
            return;
        var tracked = db.ChangeTracker.Entries<Petition>().Where(e => petitionIds.Contains(e.Entity.Id)).ToDictionary(e => e.Entity.Id);
        var missing = petitionIds.Where(id => !tracked.ContainsKey(id)).ToList();
        var loaded = missing.Count == 0 ? [] : await db.Petitions.AsNoTracking().Where(p => missing.Contains(p.Id)).ToListAsync(ct);

        var pendingSenders = db.ChangeTracker.Entries<PetitionSender>().ToList();
        var deletedSenders = pendingSenders.Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToHashSet();
        // A letter added in this save has no stored senders or document yet: only the others are read.
        var stored = petitionIds.Where(id => !(tracked.TryGetValue(id, out var e) && e.State == EntityState.Added)).ToList();
        var savedSenders = stored.Count == 0 ? []
            : await db.Set<PetitionSender>().AsNoTracking().Where(s => stored.Contains(s.PetitionId)).ToListAsync(ct);
        var senders = savedSenders.Where(s => !deletedSenders.Contains(s.Id))
            .Concat(pendingSenders.Where(e => e.State == EntityState.Added).Select(e => e.Entity))
            .Where(s => petitionIds.Contains(s.PetitionId))
            .DistinctBy(s => s.Id)
            .ToLookup(s => s.PetitionId);

        var documents = stored.Count == 0 ? []
            : await db.Set<PetitionSearchDocument>().Where(d => stored.Contains(d.PetitionId)).ToDictionaryAsync(d => d.PetitionId, ct);
        foreach (var local in db.ChangeTracker.Entries<PetitionSearchDocument>().Where(e => e.State == EntityState.Added))
            documents[local.Entity.PetitionId] = local.Entity;

        foreach (var petition in tracked.Values.Where(e => e.State != EntityState.Deleted).Select(e => e.Entity).Concat(loaded))
        {
            var views = senders[petition.Id].OrderBy(s => s.Order).Select(s => PetitionSenders.Decrypt(cipher, s)).ToList();
            var (text, names) = Build(petition, views);
            if (documents.TryGetValue(petition.Id, out var document))
                document.Update(text, names);
            else
                db.Add(new PetitionSearchDocument(petition.Id, text, names));
        }
    }
}
