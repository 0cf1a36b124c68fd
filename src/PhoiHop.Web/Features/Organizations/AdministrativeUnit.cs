namespace PhoiHop.Features.Organizations;

/// <summary>
/// A territorial unit (đơn vị hành chính). Units are effective-dated: the district level and the
/// pre-merger provinces end on 30/06/2025 (RULES.md 11.1) but old records keep pointing at them.
/// </summary>
public sealed class AdministrativeUnit
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public AdministrativeLevel Level { get; private set; }
    public Guid? ParentId { get; private set; }
    public AdministrativeUnit? Parent { get; private set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    // Remote or hard-to-travel area (vùng sâu, vùng xa đi lại khó khăn): longer complaint limits (Luật Khiếu nại Arts. 28, 37).
    public bool IsRemoteArea { get; private set; }

    private AdministrativeUnit() { }

    public static AdministrativeUnit Create(string code, string name, AdministrativeLevel level, AdministrativeUnit? parent,
        DateOnly? validFrom = null, DateOnly? validTo = null, bool isRemoteArea = false) => new()
        {
            Code = code.Trim(),
            Name = name.Trim(),
            Level = level,
            Parent = parent,
            ParentId = parent?.Id,
            ValidFrom = validFrom,
            ValidTo = validTo,
            IsRemoteArea = isRemoteArea,
        };

    public bool IsValidOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    public void Rename(string name) => Name = name.Trim();

    public void MoveTo(AdministrativeUnit? parent)
    {
        Parent = parent;
        ParentId = parent?.Id;
    }

    public void SetLevel(AdministrativeLevel level) => Level = level;

    public void SetValidity(DateOnly? validFrom, DateOnly? validTo)
    {
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public void MarkRemoteArea(bool isRemote) => IsRemoteArea = isRemote;
}
