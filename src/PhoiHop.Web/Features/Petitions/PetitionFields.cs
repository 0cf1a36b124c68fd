using static PhoiHop.Features.Petitions.FieldReportColumn;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// The default field tree. The roots are the content columns of the Circular 02/2021/TT-TTCP tables (hành chính, tư
/// pháp, Đảng, tham nhũng, khác); the administrative fields follow RULES.md 13.8 [NV: common Government Inspectorate
/// practice], with land split by the four matters the Inspectorate reports on. A province may replace this tree.
/// </summary>
public static class PetitionFields
{
    public const string Administrative = "HANH_CHINH";
    public const string LandRecovery = "DAT_DAI_THU_HOI";
    public const string LandCertificate = "DAT_DAI_GCN";
    public const string LandDispute = "DAT_DAI_TRANH_CHAP";
    public const string LandManagement = "DAT_DAI_QUAN_LY";
    public const string HousingAndProperty = "NHA_O_TAI_SAN";
    public const string CivilServantPolicy = "CHE_DO_CBCCVC";
    public const string SocialPolicy = "CHINH_SACH_XA_HOI";
    public const string Environment = "MOI_TRUONG";
    public const string Construction = "XAY_DUNG";
    public const string AdministrativeProcedures = "THU_TUC_HANH_CHINH";
    public const string FinanceAndTax = "TAI_CHINH";
    public const string Health = "Y_TE";
    public const string Education = "GIAO_DUC";
    public const string CultureAndSociety = "VAN_HOA_XA_HOI";
    public const string Labour = "LAO_DONG";
    public const string Business = "DOANH_NGHIEP";
    public const string OtherAdministrative = "HANH_CHINH_KHAC";
    public const string Justice = "TU_PHAP";
    public const string Courts = "TOA_AN";
    public const string JudgmentEnforcement = "THI_HANH_AN";
    public const string Investigation = "DIEU_TRA_TRUY_TO";
    public const string PartyAndMassOrganisations = "DANG_DOAN_THE";
    public const string Party = "DANG";
    public const string MassOrganisations = "DOAN_THE";
    public const string Corruption = "THAM_NHUNG";
    public const string Embezzlement = "THAM_O";
    public const string Bribery = "HOI_LO";
    public const string AbuseOfOffice = "LAM_DUNG_CHUC_VU";
    public const string Other = "KHAC";

    public static PetitionFieldTree Default { get; } = new(
    [
        new(Administrative, "Hành chính", "Administrative", null, FieldReportColumn.OtherAdministrative),
        new(LandRecovery, "Đất đai: thu hồi, bồi thường, hỗ trợ, tái định cư", "Land: recovery, compensation, support and resettlement", Administrative, Land),
        new(LandCertificate, "Đất đai: cấp giấy chứng nhận quyền sử dụng đất", "Land: land-use right certificates", Administrative, Land),
        new(LandDispute, "Đất đai: tranh chấp đất đai", "Land: disputes", Administrative, Land),
        new(LandManagement, "Đất đai: quản lý, sử dụng đất", "Land: management and use", Administrative, Land),
        new(HousingAndProperty, "Nhà ở, tài sản", "Housing and property", Administrative, FieldReportColumn.HousingAndProperty),
        new(CivilServantPolicy, "Chính sách, chế độ cán bộ, công chức, viên chức", "Policies for cadres, civil servants and public employees", Administrative,
            FieldReportColumn.CivilServantPolicy),
        new(SocialPolicy, "Chính sách người có công, bảo hiểm xã hội, bảo trợ xã hội", "Meritorious service, social insurance and social protection",
            Administrative, FieldReportColumn.OtherAdministrative),
        new(Environment, "Môi trường", "Environment", Administrative, FieldReportColumn.OtherAdministrative),
        new(Construction, "Xây dựng, quy hoạch, trật tự đô thị", "Construction, planning and urban order", Administrative, FieldReportColumn.OtherAdministrative),
        new(AdministrativeProcedures, "Thủ tục hành chính", "Administrative procedures", Administrative, FieldReportColumn.OtherAdministrative),
        new(FinanceAndTax, "Tài chính, thuế", "Finance and tax", Administrative, FieldReportColumn.OtherAdministrative),
        new(Health, "Y tế", "Health", Administrative, FieldReportColumn.OtherAdministrative),
        new(Education, "Giáo dục", "Education", Administrative, FieldReportColumn.OtherAdministrative),
        new(CultureAndSociety, "Văn hóa – xã hội", "Culture and society", Administrative, FieldReportColumn.OtherAdministrative),
        new(Labour, "Lao động", "Labour", Administrative, FieldReportColumn.OtherAdministrative),
        new(Business, "Doanh nghiệp, đầu tư", "Business and investment", Administrative, FieldReportColumn.OtherAdministrative),
        new(OtherAdministrative, "Hành chính khác", "Other administrative matters", Administrative, FieldReportColumn.OtherAdministrative),

        new(Justice, "Tư pháp", "Justice", null, Judicial),
        new(Courts, "Xét xử của tòa án", "Courts and trials", Justice, Judicial),
        new(JudgmentEnforcement, "Thi hành án dân sự", "Enforcement of civil judgments", Justice, Judicial),
        new(Investigation, "Điều tra, truy tố", "Investigation and prosecution", Justice, Judicial),

        new(PartyAndMassOrganisations, "Đảng, đoàn thể", "Party and mass organisations", null, FieldReportColumn.Party),
        new(Party, "Tổ chức đảng, đảng viên", "Party organisations and members", PartyAndMassOrganisations, FieldReportColumn.Party),
        new(MassOrganisations, "Mặt trận, đoàn thể", "Front and mass organisations", PartyAndMassOrganisations, FieldReportColumn.Party),

        // A denunciation sub-matter (RULES.md 13.8); Luật PCTN 2018, Điều 2 lists the acts.
        new(Corruption, "Tham nhũng, tiêu cực", "Corruption and misconduct", null, FieldReportColumn.Corruption),
        new(Embezzlement, "Tham ô tài sản", "Embezzlement", Corruption, FieldReportColumn.Corruption),
        new(Bribery, "Nhận hối lộ, nhũng nhiễu", "Bribery and extortion", Corruption, FieldReportColumn.Corruption),
        new(AbuseOfOffice, "Lợi dụng chức vụ, quyền hạn", "Abuse of office", Corruption, FieldReportColumn.Corruption),

        new(Other, "Lĩnh vực khác", "Other", null, FieldReportColumn.Other),
    ]);

    /// <summary>Land fields, the share the Inspectorate reports on separately (TT 02/2021 column "liên quan đến đất đai").</summary>
    public static bool IsLand(string code) => Default.Find(code)?.ReportColumn == Land;
}
