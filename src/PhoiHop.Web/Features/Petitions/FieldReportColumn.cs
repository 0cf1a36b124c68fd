namespace PhoiHop.Features.Petitions;

/// <summary>
/// The content columns of the Circular 02/2021/TT-TTCP letter-handling tables (RULES.md 12): complaints split the
/// administrative field into land, housing and property, policies for civil servants and other; denunciations add
/// corruption. The column headers were read in public reporting software; confirm them against the province's annex
/// forms [NV].
/// </summary>
public enum FieldReportColumn
{
    Land = 0,                 // liên quan đến đất đai
    HousingAndProperty = 1,   // về nhà, tài sản
    CivilServantPolicy = 2,   // về chính sách, chế độ CC, VC
    OtherAdministrative = 3,  // lĩnh vực CT, VH, XH khác
    Judicial = 4,             // lĩnh vực tư pháp
    Party = 5,                // về Đảng (Đảng, đoàn thể)
    Corruption = 6,           // tham nhũng
    Other = 7,                // lĩnh vực khác
}
