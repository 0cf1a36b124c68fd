namespace PhoiHop.Features.Petitions;

/// <summary>
/// One matter (vụ việc) across bodies and time: the letter as first received, every copy forwarded from it, and (later)
/// the letters found to repeat it. Each body keeps its own <see cref="Petition"/> with its own status and deadline.
/// </summary>
public sealed class PetitionCase
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>The body that accepted the matter for resolution, once one has.</summary>
    public Guid? LeadBodyId { get; private set; }

    private PetitionCase() { }

    public static PetitionCase Open(DateTimeOffset now, Guid? id = null) => new() { Id = id ?? Guid.CreateVersion7(), OpenedAt = now };

    public void LedBy(Guid bodyId) => LeadBodyId ??= bodyId;
}
