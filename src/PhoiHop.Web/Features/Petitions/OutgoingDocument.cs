namespace PhoiHop.Features.Petitions;

/// <summary>
/// A numbered document a body issued about a letter (thông báo thụ lý, phiếu chuyển đơn, …): the template and its
/// version, the filled fields (encrypted: they name the sender), the number in the body's register for the year, and
/// the signer. It renders the same DOCX and PDF every time; the signed scan is attached back as a
/// <see cref="PetitionAttachment"/> with this document's id.
/// </summary>
public sealed class OutgoingDocument
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PetitionId { get; private set; }
    public Guid BodyId { get; private set; }
    public int Year { get; private set; }
    public int Number { get; private set; }

    /// <summary>Số, ký hiệu as printed, e.g. "05/TB-UBND".</summary>
    public string NumberAndSymbol { get; private set; } = "";
    public string TemplateCode { get; private set; } = "";
    public int TemplateVersion { get; private set; }

    /// <summary>The template's fields as JSON, encrypted with the personal-data key and bound to this row.</summary>
    public string FieldsProtected { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public string SignerAuthority { get; private set; } = "";
    public string SignerPosition { get; private set; } = "";
    public string SignerName { get; private set; } = "";
    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private OutgoingDocument() { }

    public OutgoingDocument(Guid petitionId, Guid bodyId, DateOnly issuedOn, int number, string numberAndSymbol, string templateCode,
        int templateVersion, string signerAuthority, string signerPosition, string signerName, Guid? createdBy, DateTimeOffset createdAt)
    {
        PetitionId = petitionId;
        BodyId = bodyId;
        IssuedOn = issuedOn;
        Year = issuedOn.Year;
        Number = number;
        NumberAndSymbol = numberAndSymbol;
        TemplateCode = templateCode;
        TemplateVersion = templateVersion;
        SignerAuthority = signerAuthority;
        SignerPosition = signerPosition;
        SignerName = signerName;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    internal void SealFields(string protectedFields) => FieldsProtected = protectedFields;
}
