namespace PhoiHop.Features.Petitions.Generation;

/// <summary>Who the letter's other party is, when it names one.</summary>
internal enum OtherParty
{
    None = 0,
    Person = 1,   // ông/bà …: an official, a neighbour, a debtor
    Father = 2,   // the sender's father, an elderly man
    Mother = 3,
}

/// <summary>
/// One kind of story a citizen writes about: its kind and field, its relative frequency within the kind, and two
/// phrasings of every sentence (claim, facts, request) so that a reworded letter can say the same thing differently.
/// </summary>
internal sealed class LetterScenario
{
    public LetterScenario(
        string id,
        PetitionKind kind,
        string field,
        int weight,
        string subject,
        string[] claims,
        string[][] facts,
        string[] requests,
        ComplaintObject? complaintObject = null,
        DenunciationSubtype? subtype = null,
        bool group = false,
        bool anonymous = false,
        OtherParty kin = OtherParty.None,
        string? sector = null,
        int crimePercent = 0,
        bool judgment = false)
    {
        if (claims.Length != 2 || requests.Length != 2)
            throw new ArgumentException($"Scenario {id}: two claims and two requests.");

        Id = id;
        Kind = kind;
        Field = field;
        Weight = weight;
        Subject = LetterTemplate.Parse(subject);
        Claims = LetterTemplate.ParseAll(claims);
        Requests = LetterTemplate.ParseAll(requests);
        Facts = new LetterTemplate[facts.Length][];
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].Length != 2)
                throw new ArgumentException($"Scenario {id}: two phrasings of fact {i + 1}.");
            Facts[i] = LetterTemplate.ParseAll(facts[i]);
        }

        ComplaintObject = complaintObject;
        DenunciationSubtype = subtype;
        AllowsGroup = group;
        AllowsAnonymous = anonymous;
        Sector = sector;
        CrimePercent = crimePercent;
        HasJudgment = judgment;

        var used = Subject.UsedSlots;
        foreach (var t in Claims)
            used |= t.UsedSlots;
        foreach (var t in Requests)
            used |= t.UsedSlots;
        foreach (var pair in Facts)
            used |= pair[0].UsedSlots | pair[1].UsedSlots;
        UsedSlots = used;

        Other = kin != OtherParty.None ? kin : Uses(LetterSlot.Other) || Uses(LetterSlot.OtherCap) ? OtherParty.Person : OtherParty.None;
        if (Uses(LetterSlot.Company) && sector is null)
            throw new ArgumentException($"Scenario {id}: a company needs a sector.");
    }

    public string Id { get; }

    public PetitionKind Kind { get; }

    public string Field { get; }

    public int Weight { get; }

    public LetterTemplate Subject { get; }

    public LetterTemplate[] Claims { get; }

    public LetterTemplate[][] Facts { get; }

    public LetterTemplate[] Requests { get; }

    public ComplaintObject? ComplaintObject { get; }

    public DenunciationSubtype? DenunciationSubtype { get; }

    public bool AllowsGroup { get; }

    public bool AllowsAnonymous { get; }

    public OtherParty Other { get; }

    public string? Sector { get; }

    public int CrimePercent { get; }

    public bool HasJudgment { get; }

    public long UsedSlots { get; }

    public bool Uses(LetterSlot slot) => (UsedSlots & (1L << (int)slot)) != 0;

    public bool IsLand => Field is PetitionFields.LandRecovery or PetitionFields.LandCertificate or PetitionFields.LandDispute
        or PetitionFields.LandManagement;
}
