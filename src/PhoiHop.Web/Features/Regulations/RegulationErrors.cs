using PhoiHop.Common;

namespace PhoiHop.Features.Regulations;

public static class RegulationErrors
{
    public static readonly DomainError OnlyDraftCanBeSigned = new("regulation.not_draft", "Errors.Regulation.NotDraft");
    public static readonly DomainError NeedsTwoParties = new("regulation.parties", "Errors.Regulation.NeedsTwoParties");
    public static readonly DomainError NeedsArticles = new("regulation.articles", "Errors.Regulation.NeedsArticles");
    public static readonly DomainError OnlyInForceCanBeSuperseded = new("regulation.not_in_force", "Errors.Regulation.NotInForce");
}
