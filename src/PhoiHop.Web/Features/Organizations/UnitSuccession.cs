namespace PhoiHop.Features.Organizations;

/// <summary>A link from a unit that ended to the unit that took over its territory (merger, split, rename).</summary>
public sealed class UnitSuccession
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PredecessorId { get; private set; }
    public AdministrativeUnit Predecessor { get; private set; } = null!;
    public Guid SuccessorId { get; private set; }
    public AdministrativeUnit Successor { get; private set; } = null!;
    public SuccessionKind Kind { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public string? LegalBasis { get; private set; }

    private UnitSuccession() { }

    public static UnitSuccession Create(AdministrativeUnit predecessor, AdministrativeUnit successor, SuccessionKind kind,
        DateOnly effectiveOn, string? legalBasis) => new()
        {
            Predecessor = predecessor,
            PredecessorId = predecessor.Id,
            Successor = successor,
            SuccessorId = successor.Id,
            Kind = kind,
            EffectiveOn = effectiveOn,
            LegalBasis = legalBasis,
        };
}
