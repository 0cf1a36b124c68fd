namespace PhoiHop.Features.Petitions;

/// <summary>
/// A letter as registered by staff (form or API) or submitted by a citizen on the portal. Everything is optional at
/// the binding level so that a missing field is answered by <see cref="PetitionSubmissionValidator"/> naming it,
/// never by a binding failure.
/// </summary>
public sealed class PetitionSubmission
{
    public string? ReceivingBodyCode { get; set; }
    public Channel? Channel { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public PetitionKind? Kind { get; set; }
    public string? FieldCode { get; set; }
    public string? Subject { get; set; }
    public string? Content { get; set; }
    public List<SenderSubmission> Senders { get; set; } = [];

    /// <summary>How many people signed; defaults to the number of senders given.</summary>
    public int? SenderCount { get; set; }
    public bool Anonymous { get; set; }
}

/// <summary>One sender of a letter (or one representative of a multi-person letter).</summary>
public sealed class SenderSubmission
{
    public string? FullName { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }

    /// <summary>The commune or ward of the address (a code of the administrative units); the street or hamlet is in <see cref="Address"/>.</summary>
    public string? AdministrativeUnitCode { get; set; }
    public bool IsRepresentative { get; set; }
}
