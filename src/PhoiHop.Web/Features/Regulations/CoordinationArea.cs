namespace PhoiHop.Features.Regulations;

/// <summary>The coordination areas of DESIGN.md, used to tag articles and obligations for the yearly review.</summary>
public enum CoordinationArea
{
    General = 0,
    CitizenReceptionAndPetitions = 1,
    SupervisionAndSocialCriticism = 2,
    LegalDrafting = 3,
    VoterContact = 4,
    Mobilisation = 5,
}
