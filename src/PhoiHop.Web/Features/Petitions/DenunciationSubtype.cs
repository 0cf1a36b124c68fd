namespace PhoiHop.Features.Petitions;

/// <summary>The two kinds of denunciation (Luật Tố cáo 2018, Điều 2(1); RULES.md 13.8).</summary>
public enum DenunciationSubtype
{
    PublicDuty = 0,       // vi phạm trong thực hiện nhiệm vụ, công vụ (CONG_VU)
    StateManagement = 1,  // vi phạm về quản lý nhà nước trong các lĩnh vực (QUAN_LY_NHA_NUOC)
}
