using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Features.Petitions.Duplicates;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Features.Petitions;

/// <summary>The only code that encrypts and decrypts senders' identities, and redacts them from a letter's text.</summary>
public sealed class PetitionSenders(AppDbContext db, PersonalDataCipher cipher)
{
    public const string Redacted = "[đã che]";

    /// <summary>Seals the senders of a new letter (validated input), in the order given.</summary>
    public void Add(Petition petition, IReadOnlyList<SenderSubmission> senders, DateOnly today)
    {
        for (var i = 0; i < senders.Count; i++)
        {
            var s = senders[i];
            var sender = new PetitionSender(petition.Id, i, s.IsRepresentative, Clean(s.AdministrativeUnitCode));
            var id = CitizenIdNumber.TryParse(s.IdNumber, today, out var parsed, out _) ? parsed : (CitizenIdNumber?)null;
            var phone = PhoneNumber.TryParse(s.Phone, out var parsedPhone, out _) ? parsedPhone : (PhoneNumber?)null;
            Seal(sender, new SenderView(sender.Id, i, Clean(s.FullName)!, id?.ToString(), phone?.ToString(), Clean(s.Address), s.IsRepresentative),
                id is { } i2 ? cipher.BlindIndex(i2) : null, phone is { } p2 ? cipher.BlindIndex(p2) : null);
            db.Add(sender);
        }
    }

    /// <summary>The forwarded copy (or a part split from the letter) carries the same senders, sealed again for the new rows.</summary>
    public async Task CopyAsync(Petition from, Petition to, CancellationToken ct)
    {
        foreach (var view in await RevealAsync(from.Id, ct))
        {
            var sender = new PetitionSender(to.Id, view.Order, view.IsRepresentative, view.AdministrativeUnitCode);
            var original = await db.Set<PetitionSender>().AsNoTracking().SingleAsync(s => s.PetitionId == from.Id && s.Order == view.Order, ct);
            Seal(sender, view with { Id = sender.Id }, original.IdNumberIndex, original.PhoneIndex);
            db.Add(sender);
        }
    }

    /// <summary>Decrypts the senders. Callers decide who may see them (see <see cref="PetitionQueries.MaySeeIdentity"/>).</summary>
    public async Task<List<SenderView>> RevealAsync(Guid petitionId, CancellationToken ct)
    {
        var rows = await db.Set<PetitionSender>().AsNoTracking().Where(s => s.PetitionId == petitionId).OrderBy(s => s.Order).ToListAsync(ct);
        return [.. rows.Select(r => Decrypt(cipher, r))];
    }

    /// <summary>
    /// The senders as the duplicate matcher sees them: names and addresses in clear (folded and hashed there, never kept),
    /// ID numbers and phones as their blind indexes, so that a letter at intake and a stored one give the same keys.
    /// </summary>
    public IReadOnlyList<DuplicateSender> ForMatching(IEnumerable<SenderSubmission> senders, DateOnly today) =>
        [.. senders.Where(s => !string.IsNullOrWhiteSpace(s.FullName) || !string.IsNullOrWhiteSpace(s.IdNumber) || !string.IsNullOrWhiteSpace(s.Phone))
            .Select(s => new DuplicateSender(Clean(s.FullName),
                CitizenIdNumber.TryParse(s.IdNumber, today, out var id, out _) ? cipher.BlindIndex(id) : null,
                PhoneNumber.TryParse(s.Phone, out var phone, out _) ? cipher.BlindIndex(phone) : null,
                Clean(s.Address)))];

    /// <summary>The stored senders of many letters for the matcher, decrypting names and addresses only.</summary>
    public async Task<ILookup<Guid, DuplicateSender>> ForMatchingAsync(IReadOnlyCollection<Guid> petitionIds, CancellationToken ct)
    {
        var rows = await db.Set<PetitionSender>().AsNoTracking().Where(s => petitionIds.Contains(s.PetitionId)).OrderBy(s => s.Order).ToListAsync(ct);
        return rows.ToLookup(r => r.PetitionId, r => new DuplicateSender(
            cipher.Decrypt(r.FullNameProtected, Bind(nameof(r.FullNameProtected), r.Id)),
            r.IdNumberIndex, r.PhoneIndex,
            r.AddressProtected is { } a ? cipher.Decrypt(a, Bind(nameof(r.AddressProtected), r.Id)) : null));
    }

    /// <summary>Decrypts one row, saved or not yet (the search documents are built before the letter is saved).</summary>
    internal static SenderView Decrypt(PersonalDataCipher cipher, PetitionSender r) => new(r.Id, r.Order,
        cipher.Decrypt(r.FullNameProtected, Bind(nameof(r.FullNameProtected), r.Id)),
        r.IdNumberProtected is { } id ? cipher.Decrypt(id, Bind(nameof(r.IdNumberProtected), r.Id)) : null,
        r.PhoneProtected is { } ph ? cipher.Decrypt(ph, Bind(nameof(r.PhoneProtected), r.Id)) : null,
        r.AddressProtected is { } a ? cipher.Decrypt(a, Bind(nameof(r.AddressProtected), r.Id)) : null,
        r.IsRepresentative, r.AdministrativeUnitCode);

    /// <summary>
    /// A letter's fingerprint with the senders' names and addresses keyed by the blind-index key, so that it may be
    /// stored (<see cref="Cases.PetitionFingerprint"/>) without holding anything a name can be tested against.
    /// </summary>
    public DuplicateFingerprint Fingerprint(string? subject, string content, IReadOnlyList<DuplicateSender> people) =>
        DuplicateFingerprint.Of(new DuplicateLetter(subject, content, people), cipher.BlindIndex);

    /// <summary>Identifies the blind-index key fingerprints were made with: another key means recomputing them.</summary>
    public int FingerprintKeyTag => KeyTagOf(cipher);

    /// <inheritdoc cref="FingerprintKeyTag"/>
    public static int KeyTagOf(PersonalDataCipher cipher)
    {
        ArgumentNullException.ThrowIfNull(cipher);
        return BitConverter.ToInt32(System.Buffers.Text.Base64Url.DecodeFromChars(cipher.BlindIndex("duplicate-key-tag", "PhoiHop")), 0);
    }

    public Task<int> CountAsync(Guid petitionId, CancellationToken ct) => db.Set<PetitionSender>().CountAsync(s => s.PetitionId == petitionId, ct);

    /// <summary>Petitions whose senders include this ID number (exact, through the blind index).</summary>
    public IQueryable<Guid> WithIdNumber(CitizenIdNumber id)
    {
        var index = cipher.BlindIndex(id);
        return db.Set<PetitionSender>().Where(s => s.IdNumberIndex == index).Select(s => s.PetitionId);
    }

    /// <summary>
    /// The letter's text with the senders' names, ID numbers, phones and addresses blacked out (Luật Tố cáo 2018,
    /// Điều 56(2): the verifier works on a copy without the denouncer's identity). Names match whatever the case and
    /// the Unicode form.
    /// </summary>
    public static string Redact(string text, IEnumerable<SenderView> senders)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = text.Normalize(NormalizationForm.FormC);
        var secrets = senders.SelectMany(s => new[] { s.FullName, s.IdNumber, s.Phone, s.Address })
            .Where(v => !string.IsNullOrWhiteSpace(v) && v!.Trim().Length >= 3)
            .Select(v => v!.Trim().Normalize(NormalizationForm.FormC))
            .OrderByDescending(v => v.Length);
        foreach (var secret in secrets)
            result = ReplaceAll(result, secret);

        // Phone and ID numbers as typed in the letter: with spaces or dots between the digits.
        foreach (var s in senders)
        {
            foreach (var digits in new[] { s.IdNumber, s.Phone }.OfType<string>())
            {
                var pattern = string.Join(@"[\s.\-]?", digits.Where(char.IsAsciiDigit).Select(c => c.ToString()));
                if (pattern.Length > 0)
                    result = System.Text.RegularExpressions.Regex.Replace(result, pattern, Redacted, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            }
        }
        return result;
    }

    private static string ReplaceAll(string text, string secret)
    {
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        var sb = new StringBuilder();
        var start = 0;
        while (true)
        {
            var at = compare.IndexOf(text, secret, start, CompareOptions.IgnoreCase);
            if (at < 0)
                break;
            sb.Append(text, start, at - start).Append(Redacted);
            start = at + secret.Length;
        }
        return sb.Append(text, start, text.Length - start).ToString();
    }

    private void Seal(PetitionSender sender, SenderView view, string? idIndex, string? phoneIndex) =>
        sender.Seal(
            cipher.Encrypt(view.FullName, Bind(nameof(sender.FullNameProtected), sender.Id)),
            view.IdNumber is { } id ? cipher.Encrypt(id, Bind(nameof(sender.IdNumberProtected), sender.Id)) : null,
            view.Phone is { } ph ? cipher.Encrypt(ph, Bind(nameof(sender.PhoneProtected), sender.Id)) : null,
            view.Address is { } a ? cipher.Encrypt(a, Bind(nameof(sender.AddressProtected), sender.Id)) : null,
            idIndex, phoneIndex);

    private static FieldBinding Bind(string field, Guid id) => FieldBinding.Row($"PetitionSender.{field}", id);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize(NormalizationForm.FormC);
}
