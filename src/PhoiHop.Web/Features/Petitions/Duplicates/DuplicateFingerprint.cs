using System.Buffers.Binary;
using System.Runtime.InteropServices;
using PhoiHop.Common;

namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// What the duplicate index keeps of a letter: a MinHash signature of its syllable shingles (boilerplate removed) and
/// the facts that identify the matter and the sender, packed as integers. It is computed from the plain inputs at
/// intake or from stored rows (with decrypted names), and it is serialisable (<see cref="ToBytes"/>), so an index can
/// be rebuilt without reading the texts again. It holds no text: names and addresses are 28-bit hashes.
/// </summary>
public sealed class DuplicateFingerprint
{
    /// <summary>Syllables per shingle: three keep word order (a reworded letter shares few), two tolerate typos less.</summary>
    internal const int ShingleSize = 2;

    /// <summary>
    /// The version of what <see cref="Of"/> computes and of the bytes: raise it whenever normalisation, shingles, facts,
    /// hashing or the layout change. Stored fingerprints of another version are recomputed from the texts at start.
    /// Version 2: senders' names and addresses are keyed (<see cref="SenderKey"/>) before they are hashed.
    /// </summary>
    public const int Algorithm = 2;

    private const byte Version = Algorithm;

    private readonly Signature _signature;
    private readonly LetterFact[] _facts;

    private DuplicateFingerprint(in Signature signature, LetterFact[] facts, int shingleCount, bool isReminder)
    {
        _signature = signature;
        _facts = facts;
        ShingleCount = shingleCount;
        IsReminder = isReminder;
    }

    /// <summary>Distinct shingles of the text; 0 when the letter has no text of its own beyond boilerplate.</summary>
    public int ShingleCount { get; }

    /// <summary>The letter recalls an earlier one ("đã gửi đơn ngày …", "lần 2").</summary>
    public bool IsReminder { get; }

    /// <summary>Sorted, distinct.</summary>
    public IReadOnlyList<LetterFact> Facts => _facts;

    internal ref readonly Signature Signature => ref _signature;

    internal ReadOnlySpan<LetterFact> FactSpan => _facts;

    /// <summary>
    /// The fingerprint of a letter. Pass <paramref name="senderKey"/> for any fingerprint that is stored or compared with
    /// stored ones: a 28-bit hash of a folded name is reversed by trying the names of a province; a keyed one is not.
    /// </summary>
    public static DuplicateFingerprint Of(DuplicateLetter letter, SenderKey? senderKey = null)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var text = LetterText.Of(letter.Subject, letter.Content);
        var facts = LetterFacts.Extract(text.Folded);
        if (!string.IsNullOrWhiteSpace(letter.Subject))
            facts.AddRange(LetterFacts.Extract(VietnameseFolding.Fold(letter.Subject)));
        foreach (var sender in letter.Senders)
            AddSender(sender, facts, senderKey);
        AddSubject(letter.Subject, text.Folded, facts);

        var shingles = Shingles(text.Tokens);
        var signature = shingles.Count > 0 ? Signature.Of(shingles) : default;
        return new DuplicateFingerprint(signature, Distinct(facts), shingles.Count, text.IsReminder);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[1 + 1 + 4 + Signature.Length + 2 + (4 * _facts.Length)];
        bytes[0] = Version;
        bytes[1] = (byte)(IsReminder ? 1 : 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(2), ShingleCount);
        ((ReadOnlySpan<byte>)MemoryMarshal.CreateReadOnlySpan(in _signature[0], Signature.Length)).CopyTo(bytes.AsSpan(6));
        var at = 6 + Signature.Length;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), (ushort)_facts.Length);
        at += 2;
        foreach (var fact in _facts)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), fact.Packed);
            at += 4;
        }
        return bytes;
    }

    public static DuplicateFingerprint FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8 + Signature.Length || bytes[0] != Version)
            throw new FormatException("Not a duplicate fingerprint of this version.");
        var signature = default(Signature);
        bytes.Slice(6, Signature.Length).CopyTo(MemoryMarshal.CreateSpan(ref signature[0], Signature.Length));
        var at = 6 + Signature.Length;
        var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
        at += 2;
        if (bytes.Length != at + (4 * count))
            throw new FormatException("Truncated duplicate fingerprint.");
        var facts = new LetterFact[count];
        for (var i = 0; i < count; i++)
            facts[i] = new LetterFact(BinaryPrimitives.ReadUInt32LittleEndian(bytes[(at + (4 * i))..]));
        return new DuplicateFingerprint(signature, facts, BinaryPrimitives.ReadInt32LittleEndian(bytes[2..]), bytes[1] == 1);
    }

    /// <summary>The estimated share of shingles the two letters have in common (Jaccard), 0 when either has no text.</summary>
    public double TextSimilarity(DuplicateFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ShingleCount == 0 || other.ShingleCount == 0 ? 0 : Signature.Similarity(_signature, other._signature);
    }

    private static void AddSender(DuplicateSender sender, List<LetterFact> facts, SenderKey? senderKey)
    {
        if (!string.IsNullOrWhiteSpace(sender.IdKey))
        {
            var key = sender.IdKey.Trim();
            // Plain digits also meet the same number written in another letter's text.
            facts.Add(CitizenIdNumber.TryParse(key, DateOnly.MaxValue, out var id, out _)
                ? LetterFact.OfText(LetterFactKind.IdNumber, id.ToString())
                : LetterFact.OfText(LetterFactKind.SenderIdKey, key));
        }
        if (!string.IsNullOrWhiteSpace(sender.PhoneKey))
        {
            var key = sender.PhoneKey.Trim();
            facts.Add(PhoneNumber.TryParse(key, out var phone, out _)
                ? LetterFact.OfText(LetterFactKind.Phone, phone.ToString())
                : LetterFact.OfText(LetterFactKind.SenderPhoneKey, key));
        }
        var name = Words(sender.FullName);
        var address = Words(sender.Address);
        if (name.Length > 0)
            facts.Add(LetterFact.OfText(LetterFactKind.SenderName, senderKey is null ? name : senderKey(SenderKeyPurpose.Name, name)));
        if (address.Length > 0)
            facts.Add(LetterFact.OfText(LetterFactKind.SenderAddress, senderKey is null ? address : senderKey(SenderKeyPurpose.Address, address)));
        if (name.Length > 0 && address.Length > 0)
        {
            var both = string.Concat(name, "|", address);
            facts.Add(LetterFact.OfText(LetterFactKind.SenderNameAddress, senderKey is null ? both : senderKey(SenderKeyPurpose.NameAndAddress, both)));
        }
    }

    /// <summary>
    /// What the letter says it is about, as syllable pairs: the subject, the "(V/v: …)" line and every "về việc …"
    /// phrase, so a reminder that recalls "đơn … về việc X" meets the letter whose subject was X.
    /// </summary>
    private static void AddSubject(string? subject, string folded, List<LetterFact> facts)
    {
        var tokens = new List<string>(32);
        if (!string.IsNullOrWhiteSpace(subject))
            AddPairs(VietnameseFolding.Fold(subject), tokens, facts);
        var at = 0;
        while ((at = folded.IndexOf("ve viec", at, StringComparison.Ordinal)) >= 0)
        {
            at += 7;
            var end = folded.IndexOfAny(['.', ';', '\n', ')'], at);
            end = end < 0 ? folded.Length : end;
            var but = folded.IndexOf(", nhung", at, end - at, StringComparison.Ordinal);
            AddPairs(folded[at..(but < 0 ? end : but)], tokens, facts);
        }
    }

    private static void AddPairs(string folded, List<string> tokens, List<LetterFact> facts)
    {
        const int MaxPairs = 40;
        tokens.Clear();
        LetterText.Tokenize(folded, tokens);
        for (var i = 0; i + 1 < tokens.Count && i < MaxPairs; i++)
            facts.Add(LetterFact.OfText(LetterFactKind.Subject, string.Concat(tokens[i], " ", tokens[i + 1])));
    }

    /// <summary>Folded words joined by one space: "Nguyễn Văn  Hoà" and "nguyen van hoa" are one name.</summary>
    internal static string Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var tokens = new List<string>();
        LetterText.Tokenize(VietnameseFolding.Fold(text), tokens);
        return string.Join(' ', tokens);
    }

    private static List<ulong> Shingles(List<string> tokens)
    {
        var hashes = new ulong[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            hashes[i] = FingerprintHash.Of(tokens[i]);
        var shingles = new HashSet<ulong>();
        if (tokens.Count > 0 && tokens.Count < ShingleSize)
            shingles.Add(FingerprintHash.Mix(hashes[0] ^ (ulong)tokens.Count));
        for (var i = 0; i + ShingleSize <= hashes.Length; i++)
        {
            var h = 0UL;
            for (var k = 0; k < ShingleSize; k++)
                h = FingerprintHash.Mix(h ^ hashes[i + k]);
            shingles.Add(h);
        }
        return [.. shingles];
    }

    private static LetterFact[] Distinct(List<LetterFact> facts)
    {
        var packed = new uint[facts.Count];
        for (var i = 0; i < packed.Length; i++)
            packed[i] = facts[i].Packed;
        Array.Sort(packed);
        var n = 0;
        for (var i = 0; i < packed.Length; i++)
        {
            if (n == 0 || packed[n - 1] != packed[i])
                packed[n++] = packed[i];
        }
        var result = new LetterFact[n];
        for (var i = 0; i < n; i++)
            result[i] = new LetterFact(packed[i]);
        return result;
    }
}
