namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// The receiving bodies (codes of DemoProvinceSeeder) and the channels letters reach them by. Shares are estimates
/// [NV]: post and in person carry most letters (RULES.md 2.1 lists the channels); forwarded letters come from the bodies
/// that do not resolve (RULES.md 2.6); voter meetings feed the delegation, the council and the Front only.
/// </summary>
internal static class ReceivingBodies
{
    public static readonly ReceivingBody[] All =
    [
        new("UBND-TN", ["Ủy ban nhân dân tỉnh Thái Nguyên", "Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên"], 17, BodyRole.PeoplesCommittee),
        new("MTTQ-TN", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên"], 14,
            BodyRole.FrontCommittee),
        new("DBQH-TN", ["Đoàn đại biểu Quốc hội tỉnh Thái Nguyên", "Đoàn ĐBQH tỉnh Thái Nguyên"], 11, BodyRole.AssemblyDelegation),
        new("HDND-TN", ["Thường trực Hội đồng nhân dân tỉnh Thái Nguyên", "Hội đồng nhân dân tỉnh Thái Nguyên"], 9, BodyRole.PeoplesCouncil),
        new("BTCD-TN", ["Ban Tiếp công dân tỉnh Thái Nguyên", "Ban Tiếp công dân tỉnh Thái Nguyên"], 9, BodyRole.ReceptionBoard),
        new("SNNMT-TN", ["Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên", "Giám đốc Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên"], 8,
            BodyRole.LandAndEnvironmentDepartment),
        new("TTRA-TN", ["Thanh tra tỉnh Thái Nguyên", "Chánh Thanh tra tỉnh Thái Nguyên"], 5, BodyRole.Inspectorate),
        new("SXD-TN", ["Sở Xây dựng tỉnh Thái Nguyên", "Giám đốc Sở Xây dựng tỉnh Thái Nguyên"], 3, BodyRole.ConstructionDepartment),
        new("UBND-X-DAIPHUC", ["Ủy ban nhân dân xã Đại Phúc", "Chủ tịch Ủy ban nhân dân xã Đại Phúc"], 8, BodyRole.CommuneCommittee, "Đại Phúc"),
        new("UBND-P-PDP", ["Ủy ban nhân dân phường Phan Đình Phùng", "Chủ tịch Ủy ban nhân dân phường Phan Đình Phùng"], 6,
            BodyRole.CommuneCommittee, "Phan Đình Phùng"),
        new("UBND-X-BABE", ["Ủy ban nhân dân xã Ba Bể", "Chủ tịch Ủy ban nhân dân xã Ba Bể"], 4, BodyRole.CommuneCommittee, "Ba Bể"),
        new("MTTQ-X-DAIPHUC", ["Ủy ban MTTQ Việt Nam xã Đại Phúc", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đại Phúc"], 2, BodyRole.CommuneFront,
            "Đại Phúc"),
    ];

    // Post 38, in person 26, portal 6, e-mail 5, another body 6, the Front 4, an NA deputy 4, a council deputy 3,
    // a leader's reception day 4, hotline 1, the press 1, a voter meeting 2 (per cent, before the body's own limits).
    private static readonly (Channel Channel, int Weight)[] BaseChannels =
    [
        (Channel.Post, 38), (Channel.InPerson, 26), (Channel.OnlinePortal, 6), (Channel.Email, 5), (Channel.ForwardedByOtherBody, 6),
        (Channel.ForwardedByFront, 4), (Channel.ForwardedByDeputy, 4), (Channel.ForwardedByCouncilDeputy, 3),
        (Channel.ReceptionSession, 4), (Channel.Hotline, 1), (Channel.ForwardedByPress, 1), (Channel.VoterMeeting, 2),
    ];

    private static readonly WeightedTable[] ChannelTables = BuildChannelTables();

    public static Channel PickChannel(Random random, int body) => BaseChannels[ChannelTables[body].Pick(random)].Channel;

    public static int IndexOf(string code)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (All[i].Code == code)
                return i;
        }
        throw new ArgumentException($"Unknown receiving body {code}.", nameof(code));
    }

    private static WeightedTable[] BuildChannelTables()
    {
        var tables = new WeightedTable[All.Length];
        var weights = new int[BaseChannels.Length];
        for (var b = 0; b < All.Length; b++)
        {
            var role = All[b].Role;
            for (var c = 0; c < BaseChannels.Length; c++)
            {
                var (channel, weight) = BaseChannels[c];
                weights[c] = channel switch
                {
                    // A body does not forward to itself.
                    Channel.ForwardedByFront when role is BodyRole.FrontCommittee or BodyRole.CommuneFront => 0,
                    Channel.ForwardedByDeputy when role is BodyRole.AssemblyDelegation => 0,
                    Channel.ForwardedByCouncilDeputy when role is BodyRole.PeoplesCouncil => 0,
                    Channel.VoterMeeting when role is not (BodyRole.AssemblyDelegation or BodyRole.PeoplesCouncil or BodyRole.FrontCommittee
                        or BodyRole.CommuneFront) => 0,
                    // The reception board sits at the reception office: most of its letters are handed over there.
                    Channel.InPerson when role is BodyRole.ReceptionBoard => weight * 4,
                    Channel.InPerson when role is BodyRole.CommuneCommittee or BodyRole.CommuneFront => weight * 2,
                    _ => weight,
                };
            }
            tables[b] = new WeightedTable(weights);
        }
        return tables;
    }
}
