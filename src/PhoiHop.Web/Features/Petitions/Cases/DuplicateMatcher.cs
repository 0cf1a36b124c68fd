using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Features.Petitions.Duplicates;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions.Cases;

/// <summary>A duplicate candidate as handlers see it: the other letter's code, body and what that body did with it.</summary>
public sealed record CandidateView(
    Guid PetitionId, string TrackingCode, Guid CaseId, string ReceivingBodyCode, string ReceivingBodyName, DateOnly ReceivedOn,
    PetitionKind? Kind, PetitionStatus Status, double Score, bool LikelySameMatter, IReadOnlyList<MatchReason> Reasons)
{
    public string ReasonsText(IStringLocalizer localizer) => string.Join("; ", Reasons.Select(r => DuplicateMatcher.Render(localizer, r)));
}

/// <summary>
/// Finds the letters of every body of the deployment that may be the same matter as a letter (at intake, on its page,
/// through the API), from the node's <see cref="DuplicateIndexHost"/>; reads back from the database the candidates'
/// current matter, body and status, and leaves out the letters already of the same matter or already judged.
/// </summary>
public sealed class DuplicateMatcher(AppDbContext db, DuplicateIndexHost host, PetitionSenders senders, CaseLinks links, TimeProvider clock)
{
    public const int MaxCandidates = 10;

    public bool IsReady => host.IsReady;

    public DuplicateFingerprint Fingerprint(PetitionSubmission input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return senders.Fingerprint(input.Subject, input.Content ?? "",
            input.Anonymous ? [] : senders.ForMatching(input.Senders, Display.VietnamToday(clock)));
    }

    /// <summary>A stored letter's fingerprint, from its text and its senders (names decrypted for hashing only).</summary>
    public async Task<DuplicateFingerprint> FingerprintAsync(Petition petition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var people = await senders.ForMatchingAsync([petition.Id], ct);
        return senders.Fingerprint(petition.Subject, petition.Content, [.. people[petition.Id]]);
    }

    /// <summary>The row that keeps a new letter's fingerprint, added to the caller's unit of work (saved with the letter).</summary>
    public void Store(Guid petitionId, DuplicateFingerprint fingerprint) =>
        db.Add(new PetitionFingerprint(petitionId, senders.FingerprintKeyTag, fingerprint));

    /// <summary>Indexes a letter this node just saved (the others read it from the database within seconds).</summary>
    public void Indexed(Petition petition, DuplicateFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(petition);
        host.Index.Add(new IndexedLetter(petition.Id, petition.CaseId, petition.ReceivingBodyId, petition.ReceivedOn), fingerprint);
    }

    /// <summary>Candidates for a letter not registered yet (the API's check before creating).</summary>
    public Task<List<CandidateView>> FindAsync(DuplicateFingerprint fingerprint, CancellationToken ct) =>
        ViewAsync(host.Index.FindCandidates(fingerprint, MaxCandidates), null, [], ct);

    /// <summary>Candidates for a registered letter: not itself, not its own matter, not those a handler already judged.</summary>
    public async Task<List<CandidateView>> FindAsync(Petition petition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var judged = await links.JudgedAsync(petition.Id, ct);
        return await FindAsync(petition, await FingerprintAsync(petition, ct), judged, ct);
    }

    /// <summary>
    /// Candidates for a letter just registered, from the fingerprint intake made of it (no handler has judged it yet):
    /// its senders are not read and decrypted again.
    /// </summary>
    public Task<List<CandidateView>> FindForNewAsync(Petition petition, DuplicateFingerprint fingerprint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(petition);
        return FindAsync(petition, fingerprint, [], ct);
    }

    private Task<List<CandidateView>> FindAsync(Petition petition, DuplicateFingerprint fingerprint, HashSet<Guid> judged, CancellationToken ct) =>
        ViewAsync(host.Index.FindCandidates(fingerprint, MaxCandidates + judged.Count + 5, petition.Id), petition, judged, ct);

    /// <summary>What the matcher says of one pair now, for a handler's judgement.</summary>
    public async Task<DuplicateEvidence> EvidenceAsync(Petition petition, Guid otherId, IStringLocalizer localizer, CancellationToken ct)
    {
        var found = host.Index.FindCandidates(await FingerprintAsync(petition, ct), 50, petition.Id).FirstOrDefault(c => c.PetitionId == otherId);
        return found is null
            ? new DuplicateEvidence(false, 0, "")
            : new DuplicateEvidence(true, found.Score, string.Join("; ", found.Reasons.Select(r => Render(localizer, r))));
    }

    public static string Render(IStringLocalizer localizer, MatchReason reason)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(reason);
        return localizer[reason.ResourceKey, [.. reason.Arguments]].Value;
    }

    private async Task<List<CandidateView>> ViewAsync(IReadOnlyList<DuplicateCandidate> found, Petition? self, HashSet<Guid> judged, CancellationToken ct)
    {
        var ids = found.Select(c => c.PetitionId).Where(id => !judged.Contains(id)).ToList();
        if (ids.Count == 0)
            return [];
        var letters = await (from p in db.Petitions.AsNoTracking()
                             join b in db.Bodies on p.ReceivingBodyId equals b.Id
                             where ids.Contains(p.Id)
                             select new { p.Id, p.TrackingCode, p.CaseId, b.Code, b.Name, p.ReceivedOn, Kind = p.Kind ?? p.DeclaredKind, p.Status })
            .ToDictionaryAsync(p => p.Id, ct);
        return [.. found
            .Where(c => letters.ContainsKey(c.PetitionId) && !judged.Contains(c.PetitionId))
            .Select(c => (Found: c, Letter: letters[c.PetitionId]))
            .Where(x => self is null || x.Letter.CaseId != self.CaseId)
            .Take(MaxCandidates)
            .Select(x => new CandidateView(x.Found.PetitionId, x.Letter.TrackingCode, x.Letter.CaseId, x.Letter.Code, x.Letter.Name,
                x.Letter.ReceivedOn, x.Letter.Kind, x.Letter.Status, x.Found.Score, x.Found.LikelySameMatter, x.Found.Reasons))];
    }
}
