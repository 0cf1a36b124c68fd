namespace PhoiHop.Features.Organizations;

/// <summary>A term of office (nhiệm kỳ), e.g. 2021–2026.</summary>
public sealed class Term
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }

    private Term() { }

    public static Term Create(string code, string name, DateOnly startsOn, DateOnly endsOn) =>
        new() { Code = code, Name = name, StartsOn = startsOn, EndsOn = endsOn };

    public bool Includes(DateOnly date) => StartsOn <= date && date <= EndsOn;
}
