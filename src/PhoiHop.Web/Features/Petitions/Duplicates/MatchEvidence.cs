using System.Globalization;

namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// What two fingerprints have in common, and the verdict drawn from it. Computed without allocating, for every
/// candidate; the readable reasons are made only for the candidates returned.
/// </summary>
internal struct MatchEvidence
{
    public double Text;
    public bool SameId;
    public bool SamePhone;
    public bool SameName;
    public bool SameAddress;
    public bool SenderConflict;
    public bool ParcelConflict;
    public LetterFact SharedParcel;
    public LetterFact SharedDecision;
    public int SharedMatter;
    public int MinMatter;
    public int SharedDates;
    public int SharedAmounts;
    public int SharedSubject;
    public int MinSubject;
    public bool Reminder;
    public double Score;
    public bool Likely;

    public readonly bool StrongSender => SameId || SamePhone || (SameName && SameAddress);

    /// <summary>Both letters state facts of their matter (dates, sums, decisions, parcels), and not one is shared.</summary>
    public readonly bool MatterConflict => MinMatter > 0 && SharedMatter == 0;

    public readonly double MatterShare => MinMatter == 0 ? 0 : (double)SharedMatter / MinMatter;

    public readonly double SubjectShare => MinSubject == 0 ? 0 : (double)SharedSubject / MinSubject;

    public static MatchEvidence Compare(
        in Signature aSignature, int aShingles, ReadOnlySpan<LetterFact> a, bool aReminder,
        in Signature bSignature, int bShingles, ReadOnlySpan<LetterFact> b, bool bReminder)
    {
        var e = default(MatchEvidence);
        e.Text = aShingles == 0 || bShingles == 0 ? 0 : Signature.Similarity(aSignature, bSignature);

        int aIds = 0, bIds = 0, aPhones = 0, bPhones = 0;
        int aIdentity = 0, bIdentity = 0, sharedIdentity = 0, aParcels = 0, bParcels = 0, aMatter = 0, bMatter = 0, aSubject = 0, bSubject = 0;
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            var takeA = j >= b.Length || (i < a.Length && a[i].Packed <= b[j].Packed);
            var takeB = i >= a.Length || (j < b.Length && b[j].Packed <= a[i].Packed);
            var fact = takeA ? a[i] : b[j];
            var kind = fact.Kind;
            var identity = kind is LetterFactKind.SenderIdKey or LetterFactKind.SenderPhoneKey or LetterFactKind.SenderName
                or LetterFactKind.IdNumber or LetterFactKind.Phone;
            if (takeA)
            {
                aIdentity += identity ? 1 : 0;
                aIds += kind is LetterFactKind.SenderIdKey or LetterFactKind.IdNumber ? 1 : 0;
                aPhones += kind is LetterFactKind.SenderPhoneKey or LetterFactKind.Phone ? 1 : 0;
                aParcels += kind == LetterFactKind.Parcel ? 1 : 0;
                aMatter += fact.IsMatterFact ? 1 : 0;
                aSubject += kind == LetterFactKind.Subject ? 1 : 0;
                i++;
            }
            if (takeB)
            {
                bIdentity += identity ? 1 : 0;
                bIds += kind is LetterFactKind.SenderIdKey or LetterFactKind.IdNumber ? 1 : 0;
                bPhones += kind is LetterFactKind.SenderPhoneKey or LetterFactKind.Phone ? 1 : 0;
                bParcels += kind == LetterFactKind.Parcel ? 1 : 0;
                bMatter += fact.IsMatterFact ? 1 : 0;
                bSubject += kind == LetterFactKind.Subject ? 1 : 0;
                j++;
            }
            if (!(takeA && takeB))
                continue;

            sharedIdentity += identity ? 1 : 0;
            if (fact.IsMatterFact)
                e.SharedMatter++;
            switch (kind)
            {
                case LetterFactKind.SenderIdKey or LetterFactKind.IdNumber:
                    e.SameId = true;
                    break;
                case LetterFactKind.SenderPhoneKey or LetterFactKind.Phone:
                    e.SamePhone = true;
                    break;
                case LetterFactKind.SenderName:
                    e.SameName = true;
                    break;
                case LetterFactKind.SenderAddress:
                    e.SameAddress = true;
                    break;
                case LetterFactKind.Parcel:
                    if (e.SharedParcel.Packed == 0)
                        e.SharedParcel = fact;
                    break;
                case LetterFactKind.Decision:
                    if (e.SharedDecision.Packed == 0)
                        e.SharedDecision = fact;
                    break;
                case LetterFactKind.Date:
                    e.SharedDates++;
                    break;
                case LetterFactKind.Amount:
                    e.SharedAmounts++;
                    break;
                case LetterFactKind.Subject:
                    e.SharedSubject++;
                    break;
                default:
                    break;
            }
        }

        e.MinMatter = Math.Min(aMatter, bMatter);
        e.MinSubject = Math.Min(aSubject, bSubject);
        if (aParcels > 0 && bParcels > 0 && e.SharedParcel.Packed == 0)
            e.SharedParcel = ParcelWithoutSheet(a, b);
        // Two people of one name are common in a commune: different ID numbers say they are two people.
        var idConflict = aIds > 0 && bIds > 0 && !e.SameId;
        e.SenderConflict = !e.SameId && !e.SamePhone && (idConflict || (aIdentity > 0 && bIdentity > 0 && sharedIdentity == 0));
        if (e.SenderConflict)
        {
            e.SameName = false;
            e.SameAddress = false;
        }
        e.ParcelConflict = aParcels > 0 && bParcels > 0 && e.SharedParcel.Packed == 0;
        e.Reminder = (aReminder || bReminder) && !e.SenderConflict;
        e.Decide();
        return e;
    }

    /// <summary>The same parcel number where one letter gave no map sheet (or a typo hid it from the reader).</summary>
    private static LetterFact ParcelWithoutSheet(ReadOnlySpan<LetterFact> a, ReadOnlySpan<LetterFact> b)
    {
        foreach (var x in a)
        {
            if (x.Kind != LetterFactKind.Parcel)
                continue;
            foreach (var y in b)
            {
                if (y.Kind == LetterFactKind.Parcel && x.ParcelNumber == y.ParcelNumber && (x.MapSheet == 0 || y.MapSheet == 0))
                    return x.MapSheet == 0 ? y : x;
            }
        }
        return default;
    }

    private void Decide()
    {
        var strong = StrongSender;
        var nameOnly = SameName && !strong;
        var factsAgree = SharedMatter >= 2 && MatterShare >= 0.5;
        var subjectAgrees = SharedSubject >= 3 && SubjectShare >= 0.6;

        // Another parcel is another matter, however alike the template; a copy differs from its source by typos only.
        if (ParcelConflict && (SenderConflict || Text < 0.95))
            Likely = false;
        else if (strong)
            Likely = Text >= 0.30 || factsAgree || subjectAgrees;
        else if (nameOnly)
            Likely = Text >= 0.45 || (factsAgree && Text >= 0.2);
        else if (SenderConflict)
            Likely = Text >= 0.9 && !MatterConflict;
        else if (MatterConflict)
            Likely = Text >= 0.95;
        else
            Likely = Text >= 0.6 || (Text >= 0.3 && SharedMatter >= 3 && MatterShare >= 0.6);

        var sender = strong ? 1.0 : nameOnly ? 0.5 : 0;
        var raw = (0.35 * sender) + (0.4 * Text) + (0.15 * MatterShare) + (0.1 * SubjectShare);
        if (ParcelConflict)
            raw *= 0.5;
        if (SenderConflict)
            raw *= 0.7;
        Score = Likely ? 0.5 + (0.5 * raw) : 0.5 * raw;
    }

    public readonly List<MatchReason> Reasons()
    {
        var reasons = new List<MatchReason>(6);
        if (SameId)
            reasons.Add(MatchReason.Of(MatchReasonCode.SameIdNumber));
        if (SamePhone)
            reasons.Add(MatchReason.Of(MatchReasonCode.SamePhone));
        if (SameName)
            reasons.Add(MatchReason.Of(MatchReasonCode.SameName));
        if (SameAddress)
            reasons.Add(MatchReason.Of(MatchReasonCode.SameAddress));
        if (SharedParcel.Packed != 0)
        {
            reasons.Add(MatchReason.Of(MatchReasonCode.SameParcel, Number(SharedParcel.ParcelNumber),
                SharedParcel.MapSheet == 0 ? "–" : Number(SharedParcel.MapSheet)));
        }
        if (SharedDecision.Packed != 0)
            reasons.Add(MatchReason.Of(MatchReasonCode.SameDecision, Number((int)(SharedDecision.Value >> 8))));
        if (SharedDates > 0)
            reasons.Add(MatchReason.Of(MatchReasonCode.SameDates, Number(SharedDates)));
        if (SharedAmounts > 0)
            reasons.Add(MatchReason.Of(MatchReasonCode.SameAmount, Number(SharedAmounts)));
        if (SharedSubject >= 3 && SubjectShare >= 0.6)
            reasons.Add(MatchReason.Of(MatchReasonCode.SameSubject, Number((int)Math.Round(SubjectShare * 100))));
        if (Text >= 0.1)
            reasons.Add(MatchReason.Of(MatchReasonCode.TextSimilarity, Number((int)Math.Round(Text * 100))));
        if (Reminder && Likely)
            reasons.Add(MatchReason.Of(MatchReasonCode.Reminder));
        if (ParcelConflict)
            reasons.Add(MatchReason.Of(MatchReasonCode.DifferentParcel));
        if (SenderConflict)
            reasons.Add(MatchReason.Of(MatchReasonCode.DifferentSender));
        return reasons;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
