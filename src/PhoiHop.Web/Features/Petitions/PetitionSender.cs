namespace PhoiHop.Features.Petitions;

/// <summary>
/// A person who signed a letter. Name, ID number, phone and address are stored only encrypted, bound to this row (a
/// denouncer's identity is confidential from receipt, Luật Tố cáo 2018, Điều 8(3), 47, 56; so is any citizen's personal
/// data, NĐ 154/2026, Điều 12(2)); ID number and phone also have keyed blind indexes for exact lookup without decrypting.
/// Only <see cref="PetitionSenders"/> reads or writes the plaintext.
/// </summary>
public sealed class PetitionSender
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PetitionId { get; private set; }
    public int Order { get; private set; }
    public bool IsRepresentative { get; private set; }

    public string FullNameProtected { get; private set; } = "";
    public string? IdNumberProtected { get; private set; }
    public string? PhoneProtected { get; private set; }
    public string? AddressProtected { get; private set; }
    public string? IdNumberIndex { get; private set; }
    public string? PhoneIndex { get; private set; }

    /// <summary>
    /// The commune or ward of the address (AdministrativeUnit.Code). Not encrypted: a commune alone names nobody, and
    /// reports count letters by commune; the street or hamlet stays in the encrypted address.
    /// </summary>
    public string? AdministrativeUnitCode { get; private set; }

    private PetitionSender() { }

    internal PetitionSender(Guid petitionId, int order, bool isRepresentative, string? administrativeUnitCode = null)
    {
        PetitionId = petitionId;
        Order = order;
        IsRepresentative = isRepresentative;
        AdministrativeUnitCode = administrativeUnitCode;
    }

    internal void Seal(string fullName, string? idNumber, string? phone, string? address, string? idNumberIndex, string? phoneIndex)
    {
        FullNameProtected = fullName;
        IdNumberProtected = idNumber;
        PhoneProtected = phone;
        AddressProtected = address;
        IdNumberIndex = idNumberIndex;
        PhoneIndex = phoneIndex;
    }
}

/// <summary>The decrypted view of a sender, for those who may see it.</summary>
public sealed record SenderView(
    Guid Id, int Order, string FullName, string? IdNumber, string? Phone, string? Address, bool IsRepresentative, string? AdministrativeUnitCode = null);

/// <summary>
/// A stated reason for seeing a denouncer's identity, recorded before it is shown (Luật Tố cáo 2018, Điều 56(1)).
/// The row is audited like every other change, so each reveal is in the hash-chained log.
/// </summary>
public sealed class IdentityReveal
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PetitionId { get; private set; }
    public Guid UserId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    private IdentityReveal() { }

    public IdentityReveal(Guid petitionId, Guid userId, string reason, DateTimeOffset at)
    {
        PetitionId = petitionId;
        UserId = userId;
        Reason = reason;
        At = at;
    }
}
