namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// Full names as people in Thái Nguyên carry them: family name, middle name, given name. Family-name weights (per mille)
/// follow the commonly published national shares (Nguyễn about 38 %, then Trần, Lê, Phạm, Hoàng/Huỳnh, Phan, Vũ/Võ…)
/// [NV: estimates], with the northern spellings (Hoàng, Vũ) far ahead of the southern ones and the Tày, Nùng and Dao
/// family names of the province (Ma, Nông, Triệu, Lường, Hà…). Middle names depend on sex and age: Văn and Thị are the
/// norm for people born before the 1970s and much less usual after.
/// </summary>
internal static class VietnameseNames
{
    public static readonly string[] FamilyNames =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
        "Đinh", "Trịnh", "Đào", "Lương", "Ma", "Nông", "Triệu", "Hà", "Mai", "Cao", "Lưu", "Chu", "Tạ", "Đoàn", "Tô", "Lục",
        "Lâm", "Vi", "Đàm", "Quách", "Thân", "Kiều", "Lã", "Khổng", "Hứa", "Mông", "La", "Phùng", "Nghiêm", "Tăng", "Ninh", "Lường",
    ];

    public static readonly WeightedTable FamilyNameTable = new(
    [
        380, 95, 80, 62, 55, 2, 22, 40, 4, 22, 22, 24, 6, 18, 18, 8,
        14, 10, 12, 10, 8, 8, 7, 12, 5, 6, 5, 5, 4, 6, 4, 3,
        4, 2, 3, 2, 3, 2, 2, 2, 2, 2, 2, 4, 2, 1, 2, 2,
    ]);

    public static readonly string[] OlderMaleMiddle =
        ["Văn", "Đức", "Quang", "Xuân", "Hữu", "Ngọc", "Công", "Đình", "Mạnh", "Trọng", "Thế", "Bá", "Minh", "Thanh", "Huy", "Tiến"];

    public static readonly WeightedTable OlderMaleMiddleTable = new([55, 6, 5, 5, 5, 4, 4, 5, 3, 3, 3, 2, 4, 3, 2, 2]);

    public static readonly string[] YoungerMaleMiddle =
    [
        "Văn", "Minh", "Đức", "Quốc", "Tuấn", "Hoàng", "Duy", "Anh", "Thành", "Hải", "Trung", "Việt", "Tiến", "Mạnh", "Quang",
        "Ngọc", "Xuân", "Hữu", "Công", "Đình", "Gia", "Trọng",
    ];

    public static readonly WeightedTable YoungerMaleMiddleTable = new([28, 8, 8, 5, 4, 4, 4, 3, 4, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3, 2, 3]);

    public static readonly string[] OlderFemaleMiddle = ["Thị", "Thu", "Ngọc", "Kim", "Bích", "Hồng", "Thanh", "Minh", "Xuân"];

    public static readonly WeightedTable OlderFemaleMiddleTable = new([80, 3, 3, 3, 2, 3, 3, 2, 1]);

    public static readonly string[] YoungerFemaleMiddle =
    [
        "Thị", "Thu", "Ngọc", "Thanh", "Phương", "Minh", "Hồng", "Khánh", "Thùy", "Bảo", "Mai", "Hải", "Diệu", "Hà", "Lan", "Kim",
        "Bích", "Quỳnh",
    ];

    public static readonly WeightedTable YoungerFemaleMiddleTable = new([40, 8, 7, 6, 4, 4, 4, 3, 4, 2, 3, 3, 2, 2, 2, 3, 2, 2]);

    // "Nguyễn Thị Thu Hà": a second middle name after Thị.
    public static readonly string[] SecondFemaleMiddle = ["Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Kim", "Bích", "Phương", "Mai", "Thùy"];

    public static readonly string[] MaleGiven =
    [
        "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Nam", "Sơn", "Thắng", "Long", "Thành", "Quang", "Cường", "Tùng", "Đức", "Phúc",
        "Toàn", "Bình", "Hưng", "Khánh", "Trung", "Lâm", "Hiếu", "Kiên", "Vinh", "Tiến", "Huy", "Thịnh", "Đạt", "Hòa", "Chiến",
        "Hậu", "Lợi", "Tâm", "Thái", "Quyết", "Tú", "Việt", "Hoàn", "Nghĩa", "Phong", "Thanh", "Tài", "Trường", "Vũ", "Hoàng",
        "Duy", "Khải", "Lực", "Mạnh", "Thông", "Bảo", "Ninh", "Hiệp", "Chung", "Định", "Giang", "Hợp", "Kỳ", "Luân", "Nguyên",
        "Quân", "Sáng", "Tân", "Thuận", "Tuyên", "Vượng", "Xuân", "Thủy", "Khoa", "Phương",
    ];

    public static readonly string[] FemaleGiven =
    [
        "Lan", "Hoa", "Hương", "Hằng", "Huyền", "Linh", "Mai", "Nga", "Ngọc", "Nhung", "Phương", "Thảo", "Thu", "Thủy", "Trang",
        "Yến", "Hạnh", "Hà", "Loan", "Oanh", "Dung", "Hiền", "Liên", "Vân", "Xuân", "Tuyết", "Hồng", "Quyên", "Giang", "Ánh",
        "Chi", "Duyên", "Gấm", "Hải", "Hậu", "Huệ", "Lệ", "Lý", "My", "Nguyệt", "Nhàn", "Quỳnh", "Sen", "Tâm", "Thơ", "Thúy",
        "Trinh", "Uyên", "Vui", "Xoan", "Thắm", "Tươi", "Thanh", "Hòa", "Lụa", "Đào", "Bình", "Cúc", "Minh", "Khuyên",
    ];

    /// <summary>A full name; people born before 1975 get the middle names of their generation.</summary>
    public static string Pick(Random random, bool isFemale, int birthYear)
    {
        var family = FamilyNames[FamilyNameTable.Pick(random)];
        var older = birthYear < 1975;
        if (!isFemale)
        {
            var middle = older ? OlderMaleMiddle[OlderMaleMiddleTable.Pick(random)] : YoungerMaleMiddle[YoungerMaleMiddleTable.Pick(random)];
            return string.Concat(family, " ", middle, " ", MaleGiven[random.Next(MaleGiven.Length)]);
        }

        var femaleMiddle = older ? OlderFemaleMiddle[OlderFemaleMiddleTable.Pick(random)] : YoungerFemaleMiddle[YoungerFemaleMiddleTable.Pick(random)];
        var given = FemaleGiven[random.Next(FemaleGiven.Length)];
        if (femaleMiddle == "Thị" && random.Next(10) == 0)
        {
            var second = SecondFemaleMiddle[random.Next(SecondFemaleMiddle.Length)];
            if (second != given)
                return string.Concat([family, " Thị ", second, " ", given]);
        }
        return string.Concat(family, " ", femaleMiddle, " ", given);
    }
}
