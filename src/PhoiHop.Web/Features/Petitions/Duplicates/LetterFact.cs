namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>One fact of a letter packed in 32 bits: the kind in the top 4, its value (or a hash of it) in the low 28.</summary>
public readonly record struct LetterFact(uint Packed)
{
    private const uint ValueMask = (1u << 28) - 1;

    public LetterFactKind Kind => (LetterFactKind)(Packed >> 28);

    public uint Value => Packed & ValueMask;

    /// <summary>Facts about the matter, as opposed to who sent it: they weigh in the content comparison.</summary>
    public bool IsMatterFact => Kind is LetterFactKind.Parcel or LetterFactKind.Decision or LetterFactKind.Date or LetterFactKind.Amount or LetterFactKind.Area;

    public static LetterFact Of(LetterFactKind kind, uint value) => new(((uint)kind << 28) | (value & ValueMask));

    public static LetterFact OfText(LetterFactKind kind, string text) => Of(kind, (uint)FingerprintHash.Of(text));

    public static LetterFact OfParcel(int parcel, int sheet) => Of(LetterFactKind.Parcel, ((uint)Math.Min(parcel, 0xFFFF) << 12) | (uint)Math.Min(sheet, 0xFFF));

    public int ParcelNumber => (int)(Value >> 12);

    /// <summary>0 when the letter gave no map sheet.</summary>
    public int MapSheet => (int)(Value & 0xFFF);

    public DateOnly AsDate => DateOnly.FromDayNumber((int)Value);

    public override string ToString() => $"{Kind}:{Value}";
}
