namespace PhoiHop.Features.Petitions;

/// <summary>How a letter reached the body (RULES.md 2.1, 13.8 "source channel").</summary>
public enum Channel
{
    InPerson = 0,                   // trực tiếp (TrucTiep)
    Post = 1,                       // bưu chính (BuuChinh)
    Email = 2,                      // thư điện tử, cổng thông tin (DienTu)
    Hotline = 3,                    // đường dây nóng
    OnlinePortal = 4,               // trực tuyến (TrucTuyen)
    ForwardedByDeputy = 5,          // đại biểu Quốc hội chuyển (DBQH_Chuyen)
    ForwardedByCouncilDeputy = 6,   // đại biểu HĐND chuyển (DBHDND_Chuyen)
    ForwardedByFront = 7,           // Ủy ban MTTQ chuyển (MTTQ_Chuyen)
    ForwardedByOtherBody = 8,       // cơ quan khác chuyển (CoQuanKhacChuyen)
    ForwardedByPress = 9,           // báo chí chuyển (BaoChi)
    ReceptionSession = 10,          // tiếp công dân định kỳ của lãnh đạo (TiepCongDanDinhKy)
    VoterMeeting = 11,              // tiếp xúc cử tri (TiepXucCuTri)
    Open311 = 12,                   // ứng dụng phản ánh hiện trường (Open311 GeoReport v2)
}
