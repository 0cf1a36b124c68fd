namespace PhoiHop.Features.Petitions;

/// <summary>What a complaint is about (Luật Khiếu nại 2011, Điều 2(1); RULES.md 13.8).</summary>
public enum ComplaintObject
{
    AdministrativeDecision = 0,  // quyết định hành chính (QUYET_DINH_HANH_CHINH)
    AdministrativeAct = 1,       // hành vi hành chính (HANH_VI_HANH_CHINH)
    DisciplinaryDecision = 2,    // quyết định kỷ luật cán bộ, công chức (QUYET_DINH_KY_LUAT)
}
