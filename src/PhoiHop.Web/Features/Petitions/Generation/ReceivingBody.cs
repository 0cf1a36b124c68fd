namespace PhoiHop.Features.Petitions.Generation;

/// <summary>What a receiving body is, as far as the letters it gets are concerned.</summary>
internal enum BodyRole
{
    FrontCommittee,
    PeoplesCouncil,
    AssemblyDelegation,
    PeoplesCommittee,
    ReceptionBoard,
    Inspectorate,
    LandAndEnvironmentDepartment,
    ConstructionDepartment,
    CommuneCommittee,
    CommuneFront,
}

/// <summary>
/// A body of the demo seed that receives letters, with the names citizens write after "Kính gửi" and how many of the
/// province's letters reach it. A commune body only gets letters from its own commune.
/// </summary>
internal sealed record ReceivingBody(string Code, string[] Addressees, int Weight, BodyRole Role, string? Commune = null)
{
    public bool IsCommuneLevel => Commune is not null;

    public bool Accepts(LetterScenario scenario) => Role switch
    {
        BodyRole.Inspectorate => scenario.Kind is PetitionKind.Complaint or PetitionKind.Denunciation,
        BodyRole.LandAndEnvironmentDepartment => scenario.IsLand || scenario.Field == PetitionFields.Environment,
        BodyRole.ConstructionDepartment => scenario.Field is PetitionFields.Construction or PetitionFields.HousingAndProperty,
        _ => true,
    };
}
