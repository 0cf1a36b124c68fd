using PhoiHop.Features.Organizations;

namespace PhoiHop.Features.Regulations;

/// <summary>What an article obliges a party to do: who, with whom, what, and how often.</summary>
public sealed class Obligation
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ArticleId { get; private set; }
    public Guid ResponsibleBodyId { get; private set; }
    public Body ResponsibleBody { get; private set; } = null!;
    public Guid? PartnerBodyId { get; private set; }
    public Body? PartnerBody { get; private set; }
    public string Description { get; private set; } = "";
    public Recurrence Recurrence { get; private set; }

    private Obligation() { }

    internal Obligation(Guid articleId, Guid responsibleBodyId, Guid? partnerBodyId, string description, Recurrence recurrence)
    {
        ArticleId = articleId;
        ResponsibleBodyId = responsibleBodyId;
        PartnerBodyId = partnerBodyId;
        Description = description;
        Recurrence = recurrence;
    }
}
