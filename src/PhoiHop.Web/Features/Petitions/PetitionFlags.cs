using System.Diagnostics.CodeAnalysis;

namespace PhoiHop.Features.Petitions;

/// <summary>Facts about a letter that change how it is handled and counted (RULES.md 13.8 "flags").</summary>
[Flags]
[SuppressMessage("Naming", "CA1711", Justification = "The glossary name: RULES.md 13.8 calls these the letter's flags.")]
public enum PetitionFlags
{
    None = 0,
    MultiPerson = 1 << 0,        // đông người (DongNguoi)
    Complex = 1 << 1,            // phức tạp (PhucTap), found in writing: NĐ 31/2019, Điều 3(2); NĐ 124/2020, Điều 3a
    EspeciallyComplex = 1 << 2,  // đặc biệt phức tạp (DacBietPhucTap): two or more criteria, NĐ 31/2019, Điều 3(3)
    RemoteArea = 1 << 3,         // vùng sâu, vùng xa (VungSauVungXa)
    SignsOfCrime = 1 << 4,       // dấu hiệu tội phạm (DauHieuToiPham)
    Anonymous = 1 << 5,          // nặc danh, mạo danh (NacDanh)
    Duplicate = 1 << 6,          // trùng nội dung (TrungNoiDung)
    SentToMany = 1 << 7,         // gửi nhiều nơi, trong đó có cơ quan có thẩm quyền (GuiNhieuNoi)
    JudgmentExists = 1 << 8,     // đã có bản án (DaCoBanAn)
    ForeignElement = 1 << 9,     // có yếu tố nước ngoài (CoYeuToNuocNgoai)
}
