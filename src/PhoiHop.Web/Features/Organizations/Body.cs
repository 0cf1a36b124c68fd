namespace PhoiHop.Features.Organizations;

/// <summary>
/// An agency or organisation (cơ quan, tổ chức). Separate from territory: a body sits in a unit, may have a parent
/// body, and is effective-dated with a successor when bodies merge (RULES.md 11.2).
/// </summary>
public sealed class Body
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string ShortName { get; private set; } = "";

    // Ký hiệu used in document numbers (Decree 30/2020 Art. 8), e.g. "MTTQ-BTT" in "12/MTTQ-BTT".
    public string DocumentSymbol { get; private set; } = "";
    public BodyKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }
    public Body? Parent { get; private set; }
    public Guid AdministrativeUnitId { get; private set; }
    public AdministrativeUnit AdministrativeUnit { get; private set; } = null!;
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public Guid? SuccessorId { get; private set; }

    // A merged office serves several principals (Văn phòng Đoàn ĐBQH và HĐND serves both).
    public List<BodyPrincipal> Principals { get; private set; } = [];

    public bool CanResolve => BodyKinds.CanResolve(Kind);

    private Body() { }

    public static Body Create(string code, string name, string shortName, BodyKind kind, AdministrativeUnit unit, Body? parent = null,
        string? documentSymbol = null, DateOnly? validFrom = null, DateOnly? validTo = null) => new()
        {
            Code = code.Trim(),
            Name = name.Trim(),
            ShortName = shortName.Trim(),
            Kind = kind,
            AdministrativeUnit = unit,
            AdministrativeUnitId = unit.Id,
            Parent = parent,
            ParentId = parent?.Id,
            DocumentSymbol = (documentSymbol ?? code).Trim(),
            ValidFrom = validFrom,
            ValidTo = validTo,
        };

    public bool IsValidOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    public void Serve(Body principal) => Principals.Add(new BodyPrincipal(Id, principal.Id));

    public void Describe(string name, string shortName, string documentSymbol)
    {
        Name = name.Trim();
        ShortName = shortName.Trim();
        DocumentSymbol = documentSymbol.Trim();
    }

    public void Relocate(AdministrativeUnit unit, Body? parent)
    {
        AdministrativeUnit = unit;
        AdministrativeUnitId = unit.Id;
        Parent = parent;
        ParentId = parent?.Id;
    }

    public void End(DateOnly validTo, Body? successor)
    {
        ValidTo = validTo;
        SuccessorId = successor?.Id;
    }
}
