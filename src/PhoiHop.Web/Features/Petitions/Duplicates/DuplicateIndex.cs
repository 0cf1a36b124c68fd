using System.Runtime.InteropServices;

namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// Every letter of the deployment, in memory, to find the ones about the same matter as a new letter across all bodies
/// (RULES.md 2.5: đơn trùng, đơn gửi nhiều nơi). Candidates come from two doors: letters that share a sender's ID
/// number, phone, name-and-address, a parcel or a decision number (exact keys), and letters whose text is nearly the
/// same (MinHash with locality-sensitive hashing: 20 bands of 5 rows). Each candidate is then scored on the whole
/// fingerprint. Many threads may search while one adds; storage is chunked arrays of structs, not objects per letter.
/// </summary>
/// <remarks>
/// Removing a letter leaves its slot unused until the next rebuild. Bucket tables are sized once from
/// <c>expectedLetters</c>; an index that grows past it stays correct, its chains just get longer.
/// </remarks>
public sealed class DuplicateIndex : IDisposable
{
    internal const int Bands = 20;
    internal const int Rows = 5;

    // Long chains are template phrases many letters share; the newest are walked first, the rest are left.
    private const int MaxBandWalk = 400;
    private const int MaxPostingWalk = 2000;
    private const double MinScore = 0.15;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly ChunkedList<Entry> _entries = new();
    private readonly ChunkedList<Signature> _signatures = new();
    private readonly ChunkedList<LetterFact> _facts = new();
    private readonly ChunkedList<int> _bandNext = new();
    private readonly ChunkedList<Posting> _postings = new();
    private readonly int[] _bandHeads;
    private readonly int[] _postingHeads;
    private readonly int _bandMask;
    private readonly int _postingMask;
    private readonly Dictionary<Guid, int> _slotOf = [];
    private readonly List<Guid> _bodies = [];
    private readonly Dictionary<Guid, ushort> _bodyOf = [];
    private int _slots;
    private int _factsUsed;
    private int _postingsUsed;

    public DuplicateIndex(int expectedLetters = 1 << 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(expectedLetters);
        var bandBuckets = (int)Math.Min(1 << 24, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, expectedLetters)));
        var postingBuckets = (int)Math.Min(1 << 26, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4096, expectedLetters * 4)));
        _bandMask = bandBuckets - 1;
        _postingMask = postingBuckets - 1;
        _bandHeads = new int[Bands * bandBuckets];
        _postingHeads = new int[postingBuckets];
    }

    /// <summary>Letters in the index.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _slotOf.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Adds a letter, or replaces it when its petition is already indexed (its content changed).</summary>
    public void Add(IndexedLetter letter, DuplicateFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(fingerprint);
        var facts = fingerprint.FactSpan;
        if (facts.Length > ushort.MaxValue)
            facts = facts[..ushort.MaxValue];

        _lock.EnterWriteLock();
        try
        {
            if (_slotOf.TryGetValue(letter.PetitionId, out var old))
                _entries[old].Removed = true;

            var slot = _slots++;
            _entries.EnsureCapacity(_slots);
            _signatures.EnsureCapacity(_slots);
            _bandNext.EnsureCapacity(_slots * Bands);

            var at = ChunkedList<LetterFact>.Reserve(_factsUsed, facts.Length);
            _facts.EnsureCapacity(at + facts.Length);
            facts.CopyTo(_facts.Slice(at, facts.Length));
            _factsUsed = at + facts.Length;

            _entries[slot] = new Entry
            {
                PetitionId = letter.PetitionId,
                CaseId = letter.CaseId,
                Body = BodyIndex(letter.ReceivingBodyId),
                ReceivedDay = letter.ReceivedOn.DayNumber,
                FactsAt = at,
                FactsCount = (ushort)facts.Length,
                Shingles = fingerprint.ShingleCount,
                IsReminder = fingerprint.IsReminder,
            };
            _signatures[slot] = fingerprint.Signature;
            _slotOf[letter.PetitionId] = slot;

            for (var band = 0; band < Bands; band++)
            {
                ref var next = ref _bandNext[(slot * Bands) + band];
                if (fingerprint.ShingleCount == 0)
                {
                    next = 0;
                    continue;
                }
                ref var head = ref _bandHeads[(band * (_bandMask + 1)) + BandBucket(fingerprint.Signature, band)];
                next = head;
                head = slot + 1;
            }

            foreach (var fact in facts)
            {
                if (!IsPostingKey(fact))
                    continue;
                var p = _postingsUsed++;
                _postings.EnsureCapacity(_postingsUsed);
                ref var head = ref _postingHeads[PostingBucket(fact)];
                _postings[p] = new Posting { Key = fact.Packed, Slot = slot, Next = head };
                head = p + 1;
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public bool Remove(Guid petitionId)
    {
        _lock.EnterWriteLock();
        try
        {
            if (!_slotOf.Remove(petitionId, out var slot))
                return false;
            _entries[slot].Removed = true;
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The letter joined another case (a handler confirmed "same matter", or undid it).</summary>
    public bool MoveToCase(Guid petitionId, Guid caseId)
    {
        _lock.EnterWriteLock();
        try
        {
            if (!_slotOf.TryGetValue(petitionId, out var slot))
                return false;
            _entries[slot].CaseId = caseId;
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public bool Contains(Guid petitionId)
    {
        _lock.EnterReadLock();
        try
        {
            return _slotOf.ContainsKey(petitionId);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The indexed letters most likely about the same matter as <paramref name="fingerprint"/>, best first, at most
    /// <paramref name="max"/>. Pass <paramref name="except"/> to leave out the letter itself when it is indexed.
    /// </summary>
    public IReadOnlyList<DuplicateCandidate> FindCandidates(DuplicateFingerprint fingerprint, int max = 10, Guid? except = null)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var best = new List<(MatchEvidence Evidence, Entry Entry)>(max + 1);
        var seen = new HashSet<int>();

        _lock.EnterReadLock();
        try
        {
            foreach (var fact in fingerprint.FactSpan)
            {
                if (!IsPostingKey(fact))
                    continue;
                var p = _postingHeads[PostingBucket(fact)];
                for (var walked = 0; p != 0 && walked < MaxPostingWalk; walked++)
                {
                    ref readonly var posting = ref _postings[p - 1];
                    if (posting.Key == fact.Packed && seen.Add(posting.Slot))
                        Consider(fingerprint, posting.Slot, except, best, max);
                    p = posting.Next;
                }
            }

            if (fingerprint.ShingleCount > 0)
            {
                for (var band = 0; band < Bands; band++)
                {
                    var s = _bandHeads[(band * (_bandMask + 1)) + BandBucket(fingerprint.Signature, band)];
                    for (var walked = 0; s != 0 && walked < MaxBandWalk; walked++)
                    {
                        var slot = s - 1;
                        if (SameBand(fingerprint.Signature, _signatures[slot], band) && seen.Add(slot))
                            Consider(fingerprint, slot, except, best, max);
                        s = _bandNext[(slot * Bands) + band];
                    }
                }
            }

            var result = new List<DuplicateCandidate>(best.Count);
            foreach (var (evidence, entry) in best)
            {
                result.Add(new DuplicateCandidate(entry.PetitionId, entry.CaseId, _bodies[entry.Body], DateOnly.FromDayNumber(entry.ReceivedDay),
                    Math.Round(evidence.Score, 3), evidence.Likely, evidence.Reasons()));
            }
            return result;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>Bytes held by the index's arrays (not the dictionary of petition ids): what grows with the letters.</summary>
    internal long ArrayBytes =>
        ((long)_entries.Capacity * Marshal.SizeOf<Entry>()) + ((long)_signatures.Capacity * Signature.Length) + ((long)_facts.Capacity * 4)
        + ((long)_bandNext.Capacity * 4) + ((long)_postings.Capacity * Marshal.SizeOf<Posting>()) + (4L * _bandHeads.Length) + (4L * _postingHeads.Length);

    private void Consider(DuplicateFingerprint query, int slot, Guid? except, List<(MatchEvidence, Entry)> best, int max)
    {
        ref readonly var entry = ref _entries[slot];
        if (entry.Removed || entry.PetitionId == except)
            return;
        var evidence = MatchEvidence.Compare(query.Signature, query.ShingleCount, query.FactSpan, query.IsReminder,
            _signatures[slot], entry.Shingles, _facts.Slice(entry.FactsAt, entry.FactsCount), entry.IsReminder);
        if (evidence.Score < MinScore && !evidence.Likely)
            return;
        if (best.Count == max && !Ranks(evidence, entry, best[^1].Item1, best[^1].Item2))
            return;
        var at = best.Count;
        while (at > 0 && Ranks(evidence, entry, best[at - 1].Item1, best[at - 1].Item2))
            at--;
        best.Insert(at, (evidence, entry));
        if (best.Count > max)
            best.RemoveAt(max);
    }

    // Best first: the higher score, then the more recent letter, then the later id (a total order, so that every node ranks
    // equal scores alike whatever order it indexed the letters in).
    private static bool Ranks(in MatchEvidence a, in Entry ea, in MatchEvidence b, in Entry eb) =>
        a.Score != b.Score ? a.Score > b.Score
        : ea.ReceivedDay != eb.ReceivedDay ? ea.ReceivedDay > eb.ReceivedDay
        : ea.PetitionId.CompareTo(eb.PetitionId) > 0;

    private ushort BodyIndex(Guid body)
    {
        if (_bodyOf.TryGetValue(body, out var index))
            return index;
        index = (ushort)_bodies.Count;
        _bodies.Add(body);
        _bodyOf[body] = index;
        return index;
    }

    private static bool IsPostingKey(LetterFact fact) => fact.Kind switch
    {
        LetterFactKind.SenderIdKey or LetterFactKind.SenderPhoneKey or LetterFactKind.IdNumber or LetterFactKind.Phone
            or LetterFactKind.SenderNameAddress or LetterFactKind.Decision => true,
        LetterFactKind.Parcel => fact.MapSheet != 0,
        _ => false,
    };

    private int PostingBucket(LetterFact fact) => (int)FingerprintHash.Mix(fact.Packed) & _postingMask;

    private int BandBucket(in Signature signature, int band)
    {
        var h = (ulong)band;
        for (var r = 0; r < Rows; r++)
            h = (h << 8) | signature[(band * Rows) + r];
        return (int)FingerprintHash.Mix(h) & _bandMask;
    }

    private static bool SameBand(in Signature a, in Signature b, int band)
    {
        for (var r = band * Rows; r < (band + 1) * Rows; r++)
        {
            if (a[r] != b[r])
                return false;
        }
        return true;
    }

    private struct Entry
    {
        public Guid PetitionId;
        public Guid CaseId;
        public int ReceivedDay;
        public int FactsAt;
        public int Shingles;
        public ushort FactsCount;
        public ushort Body;
        public bool IsReminder;
        public bool Removed;
    }

    private struct Posting
    {
        public uint Key;
        public int Slot;
        public int Next;
    }
}
