namespace PhoiHop.Features.Petitions;

/// <summary>
/// What a letter asks for (RULES.md 2.2(1), 13.8). A letter with several kinds of content is split into one petition per
/// kind (Luật Tiếp công dân 2013, Điều 25(3)), so there is no mixed kind here.
/// </summary>
public enum PetitionKind
{
    Complaint = 0,       // khiếu nại (KHIEU_NAI)
    Denunciation = 1,    // tố cáo (TO_CAO)
    Recommendation = 2,  // kiến nghị (KIEN_NGHI)
    Feedback = 3,        // phản ánh (PHAN_ANH), including feedback on administrative regulations (NĐ 20/2008)
}
