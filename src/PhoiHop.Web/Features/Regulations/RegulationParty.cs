using PhoiHop.Features.Organizations;

namespace PhoiHop.Features.Regulations;

public sealed class RegulationParty
{
    public Guid RegulationId { get; set; }
    public Guid BodyId { get; set; }
    public Body Body { get; set; } = null!;
    public int Order { get; set; }
}
