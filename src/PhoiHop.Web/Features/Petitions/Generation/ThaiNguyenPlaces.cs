namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// Communes and wards of Thái Nguyên after the 2025 reform (RULES.md 11.1: Bắc Kạn merged into Thái Nguyên, no district
/// level). The five units of the demo seed come first and weigh more; the others are plausible names of the merged
/// province written from general knowledge [NV: not checked against the UBTVQH resolution, not used as codes]. Rural
/// Thái Nguyên says xóm, the former Bắc Kạn says thôn and keeps Tày place names; wards have numbered tổ dân phố.
/// </summary>
internal static class ThaiNguyenPlaces
{
    public const string Province = "tỉnh Thái Nguyên";

    public static readonly CommunePlace[] Communes =
    [
        new("Phan Đình Phùng", IsWard: true, IsRemote: false, WasInBacKan: false, Weight: 6),
        new("Gia Sàng", IsWard: true, IsRemote: false, WasInBacKan: false, Weight: 5),
        new("Đại Phúc", IsWard: false, IsRemote: false, WasInBacKan: false, Weight: 6),
        new("Phú Bình", IsWard: false, IsRemote: false, WasInBacKan: false, Weight: 5),
        new("Ba Bể", IsWard: false, IsRemote: true, WasInBacKan: true, Weight: 4),

        new("Linh Sơn", true, false, false, 2),
        new("Tích Lương", true, false, false, 2),
        new("Quyết Thắng", true, false, false, 2),
        new("Quan Triều", true, false, false, 2),
        new("Sông Công", true, false, false, 2),
        new("Bá Xuyên", true, false, false, 1),
        new("Bách Quang", true, false, false, 1),
        new("Phổ Yên", true, false, false, 2),
        new("Vạn Xuân", true, false, false, 1),
        new("Trung Thành", true, false, false, 1),
        new("Phúc Thuận", true, false, false, 1),
        new("Đức Xuân", true, false, true, 2),
        new("Bắc Kạn", true, false, true, 2),

        new("Tân Cương", false, false, false, 2),
        new("Thành Công", false, false, false, 1),
        new("Điềm Thụy", false, false, false, 2),
        new("Kha Sơn", false, false, false, 1),
        new("Tân Khánh", false, false, false, 1),
        new("Đồng Hỷ", false, false, false, 2),
        new("Quang Sơn", false, false, false, 1),
        new("Trại Cau", false, false, false, 1),
        new("Văn Hán", false, true, false, 1),
        new("Đại Từ", false, false, false, 2),
        new("Đức Lương", false, false, false, 1),
        new("Phú Thịnh", false, false, false, 1),
        new("La Bằng", false, false, false, 1),
        new("Quân Chu", false, false, false, 1),
        new("Phú Xuyên", false, false, false, 1),
        new("Phú Lương", false, false, false, 2),
        new("Yên Trạch", false, false, false, 1),
        new("Định Hóa", false, false, false, 2),
        new("Phượng Tiến", false, true, false, 1),
        new("Bình Thành", false, true, false, 1),
        new("Võ Nhai", false, true, false, 2),
        new("Thần Sa", false, true, false, 1),
        new("La Hiên", false, false, false, 1),
        new("Sảng Mộc", false, true, false, 1),
        new("Chợ Đồn", false, true, true, 2),
        new("Nghĩa Tá", false, true, true, 1),
        new("Ngân Sơn", false, true, true, 1),
        new("Nà Phặc", false, true, true, 1),
        new("Bạch Thông", false, true, true, 1),
        new("Phủ Thông", false, true, true, 1),
        new("Na Rì", false, true, true, 1),
        new("Côn Minh", false, true, true, 1),
        new("Chợ Mới", false, false, true, 2),
        new("Thanh Mai", false, true, true, 1),
        new("Nghiên Loan", false, true, true, 1),
        new("Thượng Minh", false, true, true, 1),
    ];

    public static readonly WeightedTable CommuneTable = new(Weights());

    public static readonly string[] Hamlets =
    [
        "Chùa", "Đình", "Trại", "Mới", "Bãi", "Gốc Gạo", "Cây Thị", "Đồng Tâm", "Tân Lập", "Hòa Bình", "Tiền Phong",
        "Thống Nhất", "Quyết Tiến", "Ao Sen", "Đồng Kè", "Bến", "Làng Chè", "Đèo Khế", "Soi Mít", "Khuôn Ngàn", "Na Hoàng",
        "Bờ Đậu", "Cầu Đá", "Đồng Cả", "Trung Tâm", "Văn Hữu", "Hồng Thái", "Chợ", "Giữa", "Đầm", "Ngòi", "Lò Gạch",
        "Đồng Bầu", "Cây Sy", "Làng Phan", "Tân Thành", "Khe Mo", "Hợp Tiến", "Đồng Chốc", "Làng Hin",
    ];

    public static readonly string[] TayVillages =
    [
        "Pác Ngòi", "Bó Lù", "Nà Mằm", "Cốc Tộc", "Nà Hai", "Khuổi Luông", "Pù Mắt", "Nà Làng", "Khuổi Tàu", "Bản Cám", "Nà Cọ",
        "Nà Phầy", "Bản Chán", "Cốc Phát", "Nà Ngần", "Bản Mới", "Khau Đấng", "Phiêng Toòng", "Nà Pài", "Cốc Lùng",
    ];

    public static readonly string[] Streets =
    [
        "Hoàng Văn Thụ", "Lương Ngọc Quyến", "Quang Trung", "Cách Mạng Tháng Tám", "Phan Đình Phùng", "Minh Cầu", "Đội Cấn",
        "Thống Nhất", "Dương Tự Minh", "Bến Oánh", "Túc Duyên", "Việt Bắc", "Phủ Liễn", "Lê Quý Đôn", "Hùng Vương", "Bắc Sơn",
        "Tân Thịnh", "Z115", "Thanh Niên Xung Phong", "Núi Voi", "Trường Chinh", "Nguyễn Văn Cừ", "Lê Hồng Phong", "Cao Ngạn",
    ];

    /// <summary>
    /// Where in the commune: a hamlet for a village, a numbered residential group for a ward. The first string is the
    /// locality a matter is set in, the second the sender's address line (with a street address in some wards).
    /// </summary>
    public static (string Locality, string AddressLine) PickLocality(Random random, CommunePlace commune)
    {
        if (commune.IsWard)
        {
            var group = string.Concat("tổ dân phố số ", Numerals.Text(1 + random.Next(30)));
            if (random.Next(3) != 0)
                return (group, group);
            var street = string.Concat("số ", Numerals.Text(1 + random.Next(250)), ", đường ", Streets[random.Next(Streets.Length)], ", ", group);
            return (group, street);
        }

        var hamlet = commune.WasInBacKan
            ? string.Concat("thôn ", TayVillages[random.Next(TayVillages.Length)])
            : string.Concat("xóm ", Hamlets[random.Next(Hamlets.Length)]);
        return (hamlet, hamlet);
    }

    private static int[] Weights()
    {
        var weights = new int[Communes.Length];
        for (var i = 0; i < weights.Length; i++)
            weights[i] = Communes[i].Weight;
        return weights;
    }
}
