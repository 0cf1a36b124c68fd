using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Organizations;
using PhoiHop.Features.Regulations;

namespace PhoiHop.Infrastructure.Data.Seed;

/// <summary>
/// The demo province: Thái Nguyên after the 2025 merger with Bắc Kạn, a handful of communes, its four bodies and
/// their offices, some departments, one account per role and the three regulations of 14/10/2021.
/// Names of communes and people are illustrative.
/// </summary>
public sealed class DemoProvinceSeeder(AppDbContext db, UserManager<StaffUser> users, TimeProvider clock, ILogger<DemoProvinceSeeder> log)
{
    public const string DemoPassword = "PhoiHop@2026";

    private static readonly DateOnly ReformDay = new(2025, 7, 1);
    private static readonly DateOnly LastDayBeforeReform = new(2025, 6, 30);

    /// <summary>The demo accounts: login, full name, position, body code, roles.</summary>
    public static IReadOnlyList<(string Login, string FullName, string Position, string BodyCode, string[] Roles)> Accounts { get; } =
    [
        ("admin", "Nguyễn Văn Quản", "Quản trị hệ thống", "SYS", [Roles.Administrator, Roles.CalendarAdministrator]),
        ("kiemtoan", "Trần Thị Minh", "Kiểm tra viên", "TTRA-TN", [Roles.Auditor]),
        ("mttq.tiepdan", "Lê Thị Hoa", "Chuyên viên Ban Dân chủ – Pháp luật", "MTTQ-TN", [Roles.ReceptionOfficer, Roles.LetterHandler, Roles.FrontOfficial]),
        ("mttq.lanhdao", "Hoàng Văn Thái", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "MTTQ-TN", [Roles.Leader, Roles.FrontOfficial]),
        ("hdnd.lanhdao", "Phạm Thị Thủy", "Phó Chủ tịch HĐND tỉnh", "TTHDND-TN", [Roles.Leader]),
        ("vp.xulydon", "Đỗ Minh Đức", "Chuyên viên Văn phòng Đoàn ĐBQH và HĐND tỉnh", "VPDDBQH-HDND-TN", [Roles.ReceptionOfficer, Roles.LetterHandler, Roles.OfficeStaff]),
        ("dbqh.daibieu", "Ma Thị Nguyệt", "Phó Trưởng Đoàn ĐBQH tỉnh", "DBQH-TN", [Roles.Deputy, Roles.Leader]),
        ("ubnd.lanhdao", "Vũ Quốc Hùng", "Phó Chủ tịch UBND tỉnh", "UBND-TN", [Roles.Leader, Roles.Resolver]),
        ("ubnd.tiepdan", "Ngô Thị Lan", "Chuyên viên Ban Tiếp công dân tỉnh", "BTCD-TN", [Roles.ReceptionOfficer, Roles.LetterHandler]),
        ("so.nnmt", "Dương Văn Sơn", "Chánh Văn phòng Sở Nông nghiệp và Môi trường", "SNNMT-TN", [Roles.FocalPoint, Roles.LetterHandler, Roles.Resolver]),
        ("thanhtra.xacminh", "Bùi Thanh Tâm", "Thanh tra viên", "TTRA-TN", [Roles.Verifier, Roles.Inspector]),
        ("xa.daiphuc", "Lương Văn Phúc", "Chủ tịch UBND xã Đại Phúc", "UBND-X-DAIPHUC", [Roles.ReceptionOfficer, Roles.LetterHandler, Roles.Resolver, Roles.Leader]),
        ("hoi.nongdan", "Triệu Thị Mai", "Phó Chủ tịch Hội Nông dân tỉnh", "HND-TN", [Roles.MemberOrganisationOfficer]),
        ("stp.soanthao", "Đinh Công Bằng", "Trưởng phòng Xây dựng và Kiểm tra văn bản", "STP-TN", [Roles.DraftingOfficer, Roles.FocalPoint]),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var units = SeedUnits();
        var bodies = SeedBodies(units);
        await db.SaveChangesAsync(ct);

        var terms = await db.Terms.ToDictionaryAsync(t => t.Code, ct);
        SeedDeputies(bodies, terms);
        SeedRegulations(bodies, terms["2021-2026"]);
        await db.SaveChangesAsync(ct);

        foreach (var (login, fullName, position, bodyCode, roles) in Accounts)
        {
            var user = new StaffUser
            {
                UserName = login,
                Email = $"{login}@demo.phoihop.vn",
                EmailConfirmed = true,
                FullName = fullName,
                Position = position,
                BodyId = bodies[bodyCode].Id,
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo user {login}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            await users.AddToRolesAsync(user, roles);
        }
        log.LogInformation("Seeded the demo province: {Units} units, {Bodies} bodies, {Users} accounts", units.Count, bodies.Count, Accounts.Count);
    }

    private Dictionary<string, AdministrativeUnit> SeedUnits()
    {
        var units = new Dictionary<string, AdministrativeUnit>();
        AdministrativeUnit Add(string code, string name, AdministrativeLevel level, string? parent, DateOnly? from = null, DateOnly? to = null, bool remote = false)
        {
            var unit = AdministrativeUnit.Create(code, name, level, parent is null ? null : units[parent], from, to, remote);
            units[code] = unit;
            db.AdministrativeUnits.Add(unit);
            return unit;
        }

        Add("VN", "Việt Nam", AdministrativeLevel.Central, null);
        var thaiNguyen = Add("19", "Tỉnh Thái Nguyên", AdministrativeLevel.Province, "VN");
        var bacKan = Add("06", "Tỉnh Bắc Kạn", AdministrativeLevel.Province, "VN", to: LastDayBeforeReform);
        db.UnitSuccessions.Add(UnitSuccession.Create(bacKan, thaiNguyen, SuccessionKind.Merge, ReformDay, "Nghị quyết 202/2025/QH15"));

        // Pre-reform districts, kept for the history of old records.
        var city = Add("164", "Thành phố Thái Nguyên", AdministrativeLevel.District, "19", to: LastDayBeforeReform);
        var phuBinhDistrict = Add("173", "Huyện Phú Bình", AdministrativeLevel.District, "19", to: LastDayBeforeReform);
        var baBeDistrict = Add("063", "Huyện Ba Bể", AdministrativeLevel.District, "06", to: LastDayBeforeReform);

        // Communes and wards of the two-tier model (from 01/07/2025).
        var phanDinhPhung = Add("05443", "Phường Phan Đình Phùng", AdministrativeLevel.Commune, "19", from: ReformDay);
        var gia_sang = Add("05455", "Phường Gia Sàng", AdministrativeLevel.Commune, "19", from: ReformDay);
        var daiPhuc = Add("05701", "Xã Đại Phúc", AdministrativeLevel.Commune, "19", from: ReformDay);
        var phuBinh = Add("05908", "Xã Phú Bình", AdministrativeLevel.Commune, "19", from: ReformDay);
        var baBe = Add("01849", "Xã Ba Bể", AdministrativeLevel.Commune, "19", from: ReformDay, remote: true);
        Add("05443-01", "Tổ dân phố Đồng Quang 1", AdministrativeLevel.ResidentialArea, "05443", from: ReformDay);

        db.UnitSuccessions.Add(UnitSuccession.Create(city, phanDinhPhung, SuccessionKind.Split, ReformDay, "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã năm 2025"));
        db.UnitSuccessions.Add(UnitSuccession.Create(city, gia_sang, SuccessionKind.Split, ReformDay, "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã năm 2025"));
        db.UnitSuccessions.Add(UnitSuccession.Create(phuBinhDistrict, phuBinh, SuccessionKind.Split, ReformDay, "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã năm 2025"));
        db.UnitSuccessions.Add(UnitSuccession.Create(phuBinhDistrict, daiPhuc, SuccessionKind.Split, ReformDay, "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã năm 2025"));
        db.UnitSuccessions.Add(UnitSuccession.Create(baBeDistrict, baBe, SuccessionKind.Split, ReformDay, "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã năm 2025"));
        return units;
    }

    private Dictionary<string, Body> SeedBodies(Dictionary<string, AdministrativeUnit> units)
    {
        var bodies = new Dictionary<string, Body>();
        Body Add(string code, string name, string shortName, BodyKind kind, string unit, string? parent = null, string? symbol = null,
            DateOnly? from = null, DateOnly? to = null)
        {
            var body = Body.Create(code, name, shortName, kind, units[unit], parent is null ? null : bodies[parent], symbol, from, to);
            bodies[code] = body;
            db.Bodies.Add(body);
            return body;
        }

        // The unit that runs PhoiHop for the four bodies: its administrators manage every body's staff.
        Add("SYS", "Tổ vận hành PhoiHop tỉnh Thái Nguyên", "Tổ vận hành PhoiHop", BodyKind.PlatformOperator, "19", symbol: "QTHT");
        Add("MTTQ-TN", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên", "Ủy ban MTTQ tỉnh", BodyKind.FrontCommittee, "19", symbol: "MTTQ-BTT");
        Add("HND-TN", "Hội Nông dân tỉnh Thái Nguyên", "Hội Nông dân tỉnh", BodyKind.MemberOrganisation, "19", "MTTQ-TN", "HND");
        Add("HLHPN-TN", "Hội Liên hiệp Phụ nữ tỉnh Thái Nguyên", "Hội LHPN tỉnh", BodyKind.MemberOrganisation, "19", "MTTQ-TN", "HLHPN");
        var council = Add("HDND-TN", "Hội đồng nhân dân tỉnh Thái Nguyên", "HĐND tỉnh", BodyKind.PeoplesCouncil, "19", symbol: "HĐND");
        Add("TTHDND-TN", "Thường trực Hội đồng nhân dân tỉnh Thái Nguyên", "Thường trực HĐND tỉnh", BodyKind.CouncilStandingCommittee, "19", "HDND-TN", "TTHĐND");
        Add("BPC-HDND-TN", "Ban Pháp chế Hội đồng nhân dân tỉnh", "Ban Pháp chế HĐND", BodyKind.CouncilCommittee, "19", "HDND-TN", "BPC");
        Add("UBND-TN", "Ủy ban nhân dân tỉnh Thái Nguyên", "UBND tỉnh", BodyKind.PeoplesCommittee, "19", symbol: "UBND");
        Add("VPUBND-TN", "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh", BodyKind.PeoplesCommitteeOffice, "19", "UBND-TN", "VPUBND");
        Add("BTCD-TN", "Ban Tiếp công dân tỉnh Thái Nguyên", "Ban Tiếp công dân tỉnh", BodyKind.CitizenReceptionBoard, "19", "VPUBND-TN", "BTCD");
        Add("TTRA-TN", "Thanh tra tỉnh Thái Nguyên", "Thanh tra tỉnh", BodyKind.Inspectorate, "19", "UBND-TN", "TTr");
        Add("SNNMT-TN", "Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên", "Sở Nông nghiệp và Môi trường", BodyKind.Department, "19", "UBND-TN", "SNNMT");
        Add("SXD-TN", "Sở Xây dựng tỉnh Thái Nguyên", "Sở Xây dựng", BodyKind.Department, "19", "UBND-TN", "SXD");
        Add("STP-TN", "Sở Tư pháp tỉnh Thái Nguyên", "Sở Tư pháp", BodyKind.Department, "19", "UBND-TN", "STP");
        var delegation = Add("DBQH-TN", "Đoàn đại biểu Quốc hội tỉnh Thái Nguyên", "Đoàn ĐBQH tỉnh", BodyKind.NationalAssemblyDelegation, "19", symbol: "ĐĐBQH");
        var office = Add("VPDDBQH-HDND-TN", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
            BodyKind.DelegationAndCouncilOffice, "19", symbol: "VP");
        office.Serve(delegation);
        office.Serve(council);

        Add("UBND-X-DAIPHUC", "Ủy ban nhân dân xã Đại Phúc", "UBND xã Đại Phúc", BodyKind.CommunePeoplesCommittee, "05701", symbol: "UBND", from: ReformDay);
        Add("MTTQ-X-DAIPHUC", "Ủy ban MTTQ Việt Nam xã Đại Phúc", "Ủy ban MTTQ xã Đại Phúc", BodyKind.CommuneFrontCommittee, "05701", symbol: "MTTQ", from: ReformDay);
        Add("UBND-P-PDP", "Ủy ban nhân dân phường Phan Đình Phùng", "UBND phường Phan Đình Phùng", BodyKind.CommunePeoplesCommittee, "05443", symbol: "UBND", from: ReformDay);
        Add("UBND-X-BABE", "Ủy ban nhân dân xã Ba Bể", "UBND xã Ba Bể", BodyKind.CommunePeoplesCommittee, "01849", symbol: "UBND", from: ReformDay);

        // A pre-reform body, ended on 30/06/2025 and succeeded by the ward committee.
        var cityCommittee = Add("UBND-TP-TN", "Ủy ban nhân dân thành phố Thái Nguyên", "UBND thành phố Thái Nguyên", BodyKind.PeoplesCommittee, "164",
            symbol: "UBND", to: LastDayBeforeReform);
        cityCommittee.End(LastDayBeforeReform, bodies["UBND-P-PDP"]);
        return bodies;
    }

    private void SeedDeputies(Dictionary<string, Body> bodies, Dictionary<string, Term> terms)
    {
        (string Name, DeputyKind Kind, string Term, string Body, string Constituency)[] deputies =
        [
            ("Ma Thị Nguyệt", DeputyKind.NationalAssembly, "2021-2026", "DBQH-TN", "Đơn vị bầu cử số 1"),
            ("Nguyễn Thanh Hải", DeputyKind.NationalAssembly, "2021-2026", "DBQH-TN", "Đơn vị bầu cử số 2"),
            ("Lê Văn Lương", DeputyKind.NationalAssembly, "2021-2026", "DBQH-TN", "Đơn vị bầu cử số 3"),
            ("Ma Thị Nguyệt", DeputyKind.NationalAssembly, "2026-2031", "DBQH-TN", "Đơn vị bầu cử số 1"),
            ("Phạm Thị Thủy", DeputyKind.ProvincialCouncil, "2021-2026", "HDND-TN", "Đơn vị bầu cử số 4 – thành phố Thái Nguyên"),
            ("Phạm Thị Thủy", DeputyKind.ProvincialCouncil, "2026-2031", "HDND-TN", "Đơn vị bầu cử số 2 – phường Phan Đình Phùng, phường Gia Sàng"),
            ("Hà Văn Tiến", DeputyKind.ProvincialCouncil, "2026-2031", "HDND-TN", "Đơn vị bầu cử số 9 – xã Ba Bể"),
        ];
        foreach (var d in deputies)
            db.Deputies.Add(Deputy.Create(d.Name, d.Kind, terms[d.Term], bodies[d.Body], d.Constituency));
    }

    private void SeedRegulations(Dictionary<string, Body> bodies, Term term)
    {
        var signedOn = new DateOnly(2021, 10, 14);
        foreach (var text in DemoRegulationTexts.All)
        {
            var regulation = CoordinationRegulation.Draft(text.Number, text.Title, term, [.. text.PartyCodes.Select(c => bodies[c])], text.Summary);
            foreach (var chapterText in text.Chapters)
            {
                var chapter = regulation.AddChapter(chapterText.Title);
                foreach (var articleText in chapterText.Articles)
                {
                    var article = regulation.AddArticle(chapter, articleText.Title, articleText.Text, articleText.Area);
                    foreach (var o in articleText.Obligations)
                        article.AddObligation(bodies[o.ResponsibleBodyCode].Id, o.PartnerBodyCode is null ? null : bodies[o.PartnerBodyCode].Id, o.Description, o.Recurrence);
                }
            }
            regulation.MarkIllustrative();
            var signed = regulation.Sign(signedOn);
            if (!signed.IsSuccess)
                throw new InvalidOperationException($"Seed regulation {text.Number}: {signed.Error}");
            db.Regulations.Add(regulation);
        }
    }
}
