namespace PhoiHop.Features.Organizations;

/// <summary>Kinds of bodies (cơ quan, tổ chức), per GLOSSARY.md and RULES.md 11.2.</summary>
public enum BodyKind
{
    FrontCommittee = 0,             // Ủy ban MTTQ Việt Nam
    MemberOrganisation = 1,         // tổ chức thành viên (under the Front since 01/07/2025)
    PeoplesCouncil = 2,             // HĐND
    CouncilStandingCommittee = 3,   // Thường trực HĐND
    CouncilCommittee = 4,           // Ban của HĐND
    PeoplesCommittee = 5,           // UBND
    NationalAssemblyDelegation = 6, // Đoàn ĐBQH
    DelegationAndCouncilOffice = 7, // Văn phòng Đoàn ĐBQH và HĐND
    PeoplesCommitteeOffice = 8,     // Văn phòng UBND
    CitizenReceptionBoard = 9,      // Ban tiếp công dân
    Inspectorate = 10,              // Thanh tra tỉnh
    Department = 11,                // Sở, cơ quan chuyên môn
    CommunePeoplesCommittee = 12,   // UBND xã, phường, đặc khu
    CommunePeoplesCouncil = 13,     // HĐND xã
    CommuneFrontCommittee = 14,     // Ủy ban MTTQ xã
    PartyBody = 15,                 // Tỉnh ủy bodies, for reception routing (RULES.md 1.1)
    PlatformOperator = 16,          // the unit that runs PhoiHop for the province: its administrators manage every body
}
