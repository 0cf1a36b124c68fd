namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// Generates realistic, deterministic citizen letters to the demo province's bodies: the same seed gives the same
/// letters on every run and machine (System.Random with a seed, integer arithmetic only, no string hashing). Not
/// thread-safe; use one generator per thread.
/// </summary>
/// <remarks>
/// Proportions. RULES.md 12 gives no figures, so these are estimates from public reporting:
/// <list type="bullet">
/// <item>Land: letters about land were 69.79 % a year of the complaints and denunciations the administration received in
/// 2003–2010 (Government Inspectorate figures in the National Assembly's 2012 supervision, kinhtedothi.vn), "above 60 %"
/// of complaint letters after the 2013 Land Law (Government report, dnvn247.com.vn, 2021) and "70 %" in 2022
/// (daibieunhandan.vn). Here: about 69 % of complaints, 48 % of denunciations, 66 % of both together.</item>
/// <item>Within land recovery, compensation and resettlement dominate (about 70 % of land complaints in the same
/// supervision), hence the weights of the recovery stories.</item>
/// <item>Kinds: complaints 55 %, denunciations 12 %, recommendations 15 % and feedback 18 % [NV: estimate; reception
/// figures of some provinces show far more recommendations and feedback, e.g. Lâm Đồng 2017, lamdong.gov.vn].</item>
/// <item>Channels: post 38 %, in person 26 %, the rest electronic or forwarded (see <see cref="ReceivingBodies"/>) [NV].</item>
/// <item>Multi-person letters 4 % (5–50 signers, 1–2 representatives up to 10 signers and at most 5 above: Luật Tiếp
/// công dân 2013, Điều 30), co-signed letters 2.5 %, anonymous about 2 % (denunciations and feedback only) [NV].</item>
/// </list>
/// </remarks>
public sealed class PetitionGenerator
{
    public static readonly DateOnly DefaultFirstDay = new(2025, 7, 1);
    public static readonly DateOnly DefaultLastDay = new(2026, 6, 30);

    private const int AnyMode = 0;
    private const int GroupMode = 1;
    private const int AnonymousMode = 2;

    // Complaint, Denunciation, Recommendation, Feedback (PetitionKind order).
    private static readonly WeightedTable KindTable = new([55, 12, 15, 18]);

    private static readonly LetterScenario[] Scenarios = LetterScenarios.All;
    private static readonly Dictionary<string, int> ScenarioIndex = IndexScenarios();
    private static readonly Pool[,] ScenarioPools = BuildScenarioPools();
    private static readonly Pool[] ParcelPools = BuildParcelPools();
    private static readonly Pool[] BodyPools = BuildBodyPools();
    private static readonly int[] BodyCommune = BuildBodyCommunes();
    private static readonly Dictionary<string, int> CommuneIndex = IndexCommunes();
    private static readonly string[][] SingleAddressee = BuildSingleAddressees();

    private static readonly int[] ProvincialRoads = [254, 256, 259, 261, 263, 264, 266, 269, 273, 279];
    private static readonly string[] Brands =
    [
        "Minh Phát", "Hưng Thịnh", "Thành Đạt", "An Phú", "Tân Tiến", "Phúc Hưng", "Việt Bắc", "Trường Sơn", "Hoàng Long", "Đại Thành",
        "Thái Hưng", "Nam Tiến", "Bảo Long", "Quang Minh", "Kim Sơn",
    ];

    private readonly Random _random;
    private readonly DateOnly[] _weekdays;
    private readonly LetterWriter _writer = new();
    private int _number;

    public PetitionGenerator(int seed)
        : this(seed, DefaultFirstDay, DefaultLastDay)
    {
    }

    public PetitionGenerator(int seed, DateOnly firstDay, DateOnly lastDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lastDay, firstDay);
        _random = new Random(seed);

        var weekdays = new List<DateOnly>();
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                weekdays.Add(day);
        }
        _weekdays = weekdays.Count > 0 ? [.. weekdays] : [NextWeekday(firstDay)];
    }

    /// <summary>A new letter about a new matter.</summary>
    public GeneratedPetition Next()
    {
        var kind = (PetitionKind)KindTable.Pick(_random);
        var anonymous = kind switch
        {
            PetitionKind.Denunciation => _random.Next(100) < 11,
            PetitionKind.Feedback => _random.Next(1000) < 45,
            _ => false,
        };

        var count = 1;
        var named = 1;
        if (anonymous)
        {
            count = named = 0;
        }
        else
        {
            var roll = _random.Next(1000);
            if (roll < 40)
            {
                // Luật Tiếp công dân 2013, Điều 30: 5–10 people choose 1–2 representatives, more people at most 5.
                count = 5 + Math.Min(_random.Next(46), _random.Next(46));
                named = count <= 10 ? 1 + _random.Next(2) : 1 + _random.Next(5);
            }
            else if (roll < 65)
            {
                count = named = 2 + _random.Next(3);
            }
        }

        var mode = anonymous ? AnonymousMode : count >= 5 ? GroupMode : AnyMode;
        var scenarioIndex = ScenarioPools[(int)kind, mode].Pick(_random);
        var scenario = Scenarios[scenarioIndex];
        var bodyIndex = BodyPools[scenarioIndex].Pick(_random);
        var communeIndex = BodyCommune[bodyIndex] >= 0 ? BodyCommune[bodyIndex] : ThaiNguyenPlaces.CommuneTable.Pick(_random);
        var commune = ThaiNguyenPlaces.Communes[communeIndex];
        var channel = ReceivingBodies.PickChannel(_random, bodyIndex);
        var received = _weekdays[_random.Next(_weekdays.Length)];
        var written = received.AddDays(-WritingDelay(channel));

        var (locality, addressLine) = ThaiNguyenPlaces.PickLocality(_random, commune);
        var senders = new GeneratedSender[named];
        for (var i = 0; i < named; i++)
            senders[i] = NewSender(commune, i == 0 || count == named ? addressLine : locality, written);

        var matter = NewMatter(scenario, commune, locality, written);
        var addressed = PickAddressees(bodyIndex, scenarioIndex);
        var flags = FlagsFor(scenario, commune, count, anonymous, addressed.Length);
        return Write(ReceivingBodies.All[bodyIndex].Code, channel, received, written, scenario, matter, senders, count, addressed, flags, NewPlan());
    }

    /// <summary>
    /// A letter made from <paramref name="original"/> in the given style: a duplicate of the same matter, or a hard
    /// negative that only looks like one. Its <see cref="GeneratedPetition.RelatedTo"/> is the original's number.
    /// </summary>
    public GeneratedPetition NextDuplicateOf(GeneratedPetition original, DuplicateStyle style)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (!ScenarioIndex.TryGetValue(original.Matter.Scenario, out var scenarioIndex))
            throw new ArgumentException($"Letter {original.Number} was not made by this generator's scenarios.", nameof(original));

        var letter = style switch
        {
            DuplicateStyle.ExactCopyToAnotherBody => ExactCopy(original, scenarioIndex),
            DuplicateStyle.RetypedWithoutDiacritics => Retyped(original, scenarioIndex, withTypos: false),
            DuplicateStyle.RetypedWithTypos => Retyped(original, scenarioIndex, withTypos: true),
            DuplicateStyle.Reworded => Reworded(original, scenarioIndex),
            DuplicateStyle.Reminder => Reminder(original, scenarioIndex),
            DuplicateStyle.NeighbourDifferentPlot => Neighbour(original, scenarioIndex),
            DuplicateStyle.SamePersonDifferentMatter => OtherMatter(original, scenarioIndex),
            _ => throw new ArgumentOutOfRangeException(nameof(style)),
        };
        return letter with { RelatedTo = original.Number, Relation = style };
    }

    private GeneratedPetition ExactCopy(GeneratedPetition original, int scenarioIndex)
    {
        var body = OtherBody(original, scenarioIndex);
        var channel = ReceivingBodies.PickChannel(_random, body);
        return original with
        {
            Number = ++_number,
            BodyCode = ReceivingBodies.All[body].Code,
            Channel = channel,
            ReceivedOn = NextWeekday(original.ReceivedOn.AddDays(_random.Next(10))),
            Flags = original.Flags | PetitionFlags.SentToMany,
        };
    }

    private GeneratedPetition Retyped(GeneratedPetition original, int scenarioIndex, bool withTypos)
    {
        var body = _random.Next(2) == 0 ? ReceivingBodies.IndexOf(original.BodyCode) : OtherBody(original, scenarioIndex);
        var roll = _random.Next(10);
        var channel = roll < 4 ? Channel.Email : roll < 8 ? Channel.OnlinePortal : Channel.Post;
        var received = NextWeekday(original.ReceivedOn.AddDays(1 + _random.Next(40)));

        string subject, content;
        var senders = original.Senders;
        if (withTypos)
        {
            var tonesSwapped = _random.Next(10) < 7;
            content = VietnameseText.Mistype(tonesSwapped ? VietnameseText.SwapTonePlacement(original.Content) : original.Content, 60, 2, _random);
            subject = VietnameseText.Mistype(tonesSwapped ? VietnameseText.SwapTonePlacement(original.Subject) : original.Subject, 60, 0, _random);
        }
        else
        {
            var percent = _random.Next(10) < 7 ? 100 : 40 + _random.Next(50);
            content = VietnameseText.StripMarks(original.Content, percent, _random);
            subject = VietnameseText.StripMarks(original.Subject, percent, _random);
            if (percent == 100)
            {
                var stripped = new GeneratedSender[senders.Count];
                for (var i = 0; i < stripped.Length; i++)
                {
                    var s = senders[i];
                    stripped[i] = s with
                    {
                        FullName = VietnameseText.StripMarks(s.FullName),
                        AddressLine = VietnameseText.StripMarks(s.AddressLine),
                        Commune = VietnameseText.StripMarks(s.Commune),
                        Province = VietnameseText.StripMarks(s.Province),
                    };
                }
                senders = stripped;
            }
        }

        return original with
        {
            Number = ++_number,
            BodyCode = ReceivingBodies.All[body].Code,
            Channel = channel,
            ReceivedOn = received,
            Subject = subject,
            Content = content,
            Senders = senders,
        };
    }

    private GeneratedPetition Reworded(GeneratedPetition original, int scenarioIndex)
    {
        var scenario = Scenarios[scenarioIndex];
        var commune = CommuneIndex[original.Matter.Commune];
        var body = PickBody(scenarioIndex, commune);
        var channel = ReceivingBodies.PickChannel(_random, body);
        var received = NextWeekday(original.ReceivedOn.AddDays(3 + _random.Next(43)));
        var written = received.AddDays(-WritingDelay(channel));
        var addressed = PickAddressees(body, scenarioIndex);
        var flags = WithAddressees(original.Flags, addressed.Length);
        return Write(ReceivingBodies.All[body].Code, channel, received, written, scenario, original.Matter, original.Senders, original.SenderCount,
            addressed, flags, original.Plan.Reworded(_random.Next()));
    }

    private GeneratedPetition Reminder(GeneratedPetition original, int scenarioIndex)
    {
        var scenario = Scenarios[scenarioIndex];
        var commune = CommuneIndex[original.Matter.Commune];
        var body = _random.Next(10) < 4 ? ReceivingBodies.IndexOf(original.BodyCode) : PickBody(scenarioIndex, commune, provincialOnly: true);
        var channel = ReceivingBodies.PickChannel(_random, body);
        var received = NextWeekday(original.ReceivedOn.AddDays(60 + _random.Next(181)));
        var written = received.AddDays(-WritingDelay(channel));
        var addressed = PickAddressees(body, scenarioIndex);
        var flags = WithAddressees(original.Flags, addressed.Length);
        var subject = _random.Next(2) == 0
            ? string.Concat("Đề nghị giải quyết dứt điểm đơn đã gửi ngày ", Numerals.Date(original.WrittenOn))
            : original.Subject;
        return Write(ReceivingBodies.All[body].Code, channel, received, written, scenario, original.Matter, original.Senders, original.SenderCount,
            addressed, flags, NewPlan(), recalls: original, subject: subject);
    }

    private GeneratedPetition Neighbour(GeneratedPetition original, int scenarioIndex)
    {
        var scenario = Scenarios[scenarioIndex];
        if (!scenario.Uses(LetterSlot.Parcel))
        {
            scenarioIndex = ParcelPools[(int)scenario.Kind].Pick(_random);
            scenario = Scenarios[scenarioIndex];
        }

        var communeIndex = CommuneIndex[original.Matter.Commune];
        var commune = ThaiNguyenPlaces.Communes[communeIndex];
        var body = _random.Next(10) < 6 ? ReceivingBodies.IndexOf(original.BodyCode) : PickBody(scenarioIndex, communeIndex);
        var channel = ReceivingBodies.PickChannel(_random, body);
        var received = NextWeekday(original.ReceivedOn.AddDays(_random.Next(31)));
        var written = received.AddDays(-WritingDelay(channel));

        GeneratedSender sender;
        do
        {
            sender = NewSender(commune, original.Matter.Locality, written);
        }
        while (SharesId(sender, original.Senders));

        var fresh = NewMatter(scenario, commune, original.Matter.Locality, written);
        var matter = fresh.Scenario != original.Matter.Scenario
            ? fresh
            : fresh with
            {
                // The same event (project, decision, neighbour, dates), another household's parcel and figures.
                DecisionNumber = original.Matter.DecisionNumber,
                DecisionDate = original.Matter.DecisionDate,
                EventDate = original.Matter.EventDate,
                FollowUpDate = original.Matter.FollowUpDate,
                OtherParty = original.Matter.OtherParty,
                Project = original.Matter.Project,
                Company = original.Matter.Company,
            };
        while (matter.ParcelNumber == original.Matter.ParcelNumber)
            matter = matter with { ParcelNumber = NewParcel() };

        var addressed = PickAddressees(body, scenarioIndex);
        var flags = FlagsFor(scenario, commune, 1, anonymous: false, addressed.Length);
        var plan = fresh.Scenario == original.Matter.Scenario && _random.Next(2) == 0 ? original.Plan : NewPlan();
        return Write(ReceivingBodies.All[body].Code, channel, received, written, scenario, matter, [sender], 1, addressed, flags, plan);
    }

    private GeneratedPetition OtherMatter(GeneratedPetition original, int scenarioIndex)
    {
        var mode = original.IsAnonymous ? AnonymousMode : original.SenderCount >= 5 ? GroupMode : AnyMode;
        int other;
        do
        {
            var kind = (PetitionKind)KindTable.Pick(_random);
            if (mode == AnonymousMode && kind is not (PetitionKind.Denunciation or PetitionKind.Feedback))
                continue;
            other = ScenarioPools[(int)kind, mode].Pick(_random);
            if (other != scenarioIndex)
                break;
        }
        while (true);

        var scenario = Scenarios[other];
        var communeIndex = CommuneIndex[original.Matter.Commune];
        var commune = ThaiNguyenPlaces.Communes[communeIndex];
        var body = PickBody(other, communeIndex);
        var channel = ReceivingBodies.PickChannel(_random, body);
        var received = NextWeekday(original.ReceivedOn.AddDays(_random.Next(91)));
        var written = received.AddDays(-WritingDelay(channel));

        var matter = NewMatter(scenario, commune, original.Matter.Locality, written);
        while (matter.ParcelNumber is not null && matter.ParcelNumber == original.Matter.ParcelNumber)
            matter = matter with { ParcelNumber = NewParcel() };

        var addressed = PickAddressees(body, other);
        var flags = FlagsFor(scenario, commune, original.SenderCount, original.IsAnonymous, addressed.Length);
        return Write(ReceivingBodies.All[body].Code, channel, received, written, scenario, matter, original.Senders, original.SenderCount, addressed,
            flags, NewPlan());
    }

    private GeneratedPetition Write(string bodyCode, Channel channel, DateOnly received, DateOnly written, LetterScenario scenario,
        GeneratedMatter matter, IReadOnlyList<GeneratedSender> senders, int count, string[] addressed, PetitionFlags flags, LetterPlan plan,
        GeneratedPetition? recalls = null, string? subject = null)
    {
        var draft = new LetterDraft(scenario, matter, senders, count, (flags & PetitionFlags.Anonymous) != 0, addressed, written, plan) { Recalls = recalls };
        subject ??= _writer.Subject(draft);
        return new GeneratedPetition
        {
            Number = ++_number,
            BodyCode = bodyCode,
            Channel = channel,
            ReceivedOn = received,
            WrittenOn = written,
            Kind = scenario.Kind,
            FieldCode = scenario.Field,
            ComplaintObject = scenario.ComplaintObject,
            DenunciationSubtype = scenario.DenunciationSubtype,
            Subject = subject,
            Content = _writer.Content(draft, subject),
            Senders = senders,
            SenderCount = count,
            Flags = flags,
            AddressedTo = addressed,
            Matter = matter,
            Plan = plan,
        };
    }

    private GeneratedSender NewSender(CommunePlace commune, string addressLine, DateOnly writtenOn)
    {
        var female = _random.Next(100) < 40;

        // 25 to 85 years old, most around 55: land and policy letters come mostly from heads of household.
        var age = 25 + _random.Next(31) + _random.Next(31);
        var birth = new DateOnly(writtenOn.Year - age, 1, 1).AddDays(_random.Next(365));
        var name = VietnameseNames.Pick(_random, female, birth.Year);
        var id = CitizenIdNumbers.Pick(_random, birth, female, commune.WasInBacKan);

        // Chip ID cards from 2021; an ID is issued from the age of 14.
        var first = Max(new DateOnly(2021, 1, 1), birth.AddYears(14)).DayNumber;
        var last = Math.Max(first + 1, writtenOn.DayNumber - 30);
        var issued = DateOnly.FromDayNumber(first + _random.Next(last - first));
        return new GeneratedSender(name, female, birth, id, issued, PhoneNumbers.Pick(_random), addressLine, commune.FullName, ThaiNguyenPlaces.Province);
    }

    private GeneratedMatter NewMatter(LetterScenario s, CommunePlace commune, string locality, DateOnly written)
    {
        var eventDay = written.AddDays(-(20 + _random.Next(680)));
        int? parcel = null, sheet = null, area = null, lost = null, decision = null, since = null;
        DateOnly? decisionDate = null, eventDate = null, followDate = null;
        long? amount = null, amount2 = null;
        string? other = null, project = null, company = null;

        if (s.Uses(LetterSlot.Parcel) || s.Uses(LetterSlot.Sheet))
        {
            parcel = NewParcel();
            sheet = 1 + _random.Next(60);
        }
        if (s.Uses(LetterSlot.Area) || s.Uses(LetterSlot.AreaLost))
        {
            var total = 80 + _random.Next(2420);
            area = s.Uses(LetterSlot.Area) ? total : null;
            lost = s.Uses(LetterSlot.AreaLost) ? 5 + _random.Next(Math.Max(1, total * 7 / 10)) : null;
        }
        if (s.Uses(LetterSlot.Decision) || s.Uses(LetterSlot.DecisionDate) || s.Uses(LetterSlot.JudgmentNumber))
        {
            decision = 100 + _random.Next(4900);
            decisionDate = eventDay.AddDays(-(7 + _random.Next(120)));
        }
        if (s.Uses(LetterSlot.EventDate))
            eventDate = eventDay;
        if (s.Uses(LetterSlot.FollowDate))
            followDate = eventDay.AddDays(1 + _random.Next(Math.Max(1, written.DayNumber - eventDay.DayNumber - 1)));
        if (s.Uses(LetterSlot.Amount))
            amount = NewAmount();
        if (s.Uses(LetterSlot.Amount2))
            amount2 = (5 + _random.Next(196)) * 100_000L;
        if (s.Other != OtherParty.None)
            other = NewOtherParty(s.Other, written);
        if (s.Uses(LetterSlot.Project))
            project = NewProject(commune);
        if (s.Uses(LetterSlot.Company))
            company = string.Concat(_random.Next(2) == 0 ? "Công ty TNHH " : "Công ty Cổ phần ", s.Sector, " ", Brands[_random.Next(Brands.Length)]);
        if (s.Uses(LetterSlot.SinceYear))
            since = written.Year - (5 + _random.Next(31));

        return new GeneratedMatter(s.Id, commune.FullName, locality, parcel, sheet, area, lost, decision, decisionDate, eventDate, followDate, amount,
            amount2, other, project, company, since);
    }

    private string NewOtherParty(OtherParty kind, DateOnly written)
    {
        var (female, birthYear) = kind switch
        {
            // Enlisted in 1972 (the story): born 1950–1954.
            OtherParty.Father => (false, 1950 + _random.Next(5)),
            OtherParty.Mother => (true, written.Year - 81 - _random.Next(12)),
            _ => (_random.Next(100) < 25, written.Year - 30 - _random.Next(40)),
        };
        return string.Concat(female ? "bà " : "ông ", VietnameseNames.Pick(_random, female, birthYear));
    }

    private string NewProject(CommunePlace commune)
    {
        return _random.Next(7) switch
        {
            0 => string.Concat("dự án Khu dân cư ", commune.Name, " ", Numerals.Text(1 + _random.Next(5))),
            1 => string.Concat("dự án Khu đô thị mới ", commune.Name),
            2 => string.Concat("dự án nâng cấp, mở rộng đường tỉnh ĐT.", Numerals.Text(ProvincialRoads[_random.Next(ProvincialRoads.Length)])),
            3 => string.Concat("dự án Cụm công nghiệp ", commune.Name),
            4 => string.Concat("dự án đường liên xã ", commune.Name, " – ", ThaiNguyenPlaces.Communes[ThaiNguyenPlaces.CommuneTable.Pick(_random)].Name),
            5 => "dự án cải tạo, mở rộng Quốc lộ 3",
            _ => string.Concat("dự án kè chống sạt lở bờ sông Cầu đoạn qua ", commune.FullName),
        };
    }

    private int NewParcel() => _random.Next(10) == 0 ? 1000 + _random.Next(1500) : 1 + _random.Next(999);

    private long NewAmount()
    {
        // 20 million to 1.5 billion đồng in steps of 100,000: half under 100 million, a sixth over 500 million.
        var roll = _random.Next(100);
        var (low, high) = roll < 50 ? (200, 1000) : roll < 85 ? (1000, 5000) : (5000, 15000);
        return (low + _random.Next(high - low)) * 100_000L;
    }

    private LetterPlan NewPlan() => new(_random.Next(), _random.Next(), _random.Next(4) == 0);

    private PetitionFlags FlagsFor(LetterScenario scenario, CommunePlace commune, int count, bool anonymous, int addressees)
    {
        var flags = PetitionFlags.None;
        if (count >= 5)
            flags |= PetitionFlags.MultiPerson;
        if (anonymous)
            flags |= PetitionFlags.Anonymous;
        if (commune.IsRemote)
            flags |= PetitionFlags.RemoteArea;
        if (addressees > 1)
            flags |= PetitionFlags.SentToMany;
        if (scenario.CrimePercent > 0 && _random.Next(100) < scenario.CrimePercent)
            flags |= PetitionFlags.SignsOfCrime;
        if (scenario.HasJudgment)
            flags |= PetitionFlags.JudgmentExists;

        // Complex cases (NĐ 31/2019, Điều 3(2); NĐ 124/2020, Điều 3a) are mostly multi-person land cases.
        if (_random.Next(100) < (count >= 5 && scenario.IsLand ? 25 : 2))
        {
            flags |= PetitionFlags.Complex;
            if (_random.Next(10) == 0)
                flags |= PetitionFlags.EspeciallyComplex;
        }
        return flags;
    }

    private static PetitionFlags WithAddressees(PetitionFlags flags, int addressees) =>
        addressees > 1 ? flags | PetitionFlags.SentToMany : flags & ~PetitionFlags.SentToMany;

    private string[] PickAddressees(int body, int scenarioIndex)
    {
        if (_random.Next(100) >= (ReceivingBodies.All[body].IsCommuneLevel ? 4 : 12))
            return SingleAddressee[body];

        // Sent to several bodies at once (RULES.md 2.5 "gửi nhiều nơi"), the others at provincial level.
        var count = 2 + _random.Next(3);
        var codes = new List<string>(count) { ReceivingBodies.All[body].Code };
        for (var attempt = 0; attempt < 20 && codes.Count < count; attempt++)
        {
            var candidate = ReceivingBodies.All[BodyPools[scenarioIndex].Pick(_random)];
            if (!candidate.IsCommuneLevel && !codes.Contains(candidate.Code))
                codes.Insert(_random.Next(codes.Count + 1), candidate.Code);
        }
        return [.. codes];
    }

    private int OtherBody(GeneratedPetition original, int scenarioIndex)
    {
        var addressed = original.AddressedTo;
        if (addressed.Count > 1)
        {
            while (true)
            {
                var code = addressed[_random.Next(addressed.Count)];
                if (code != original.BodyCode)
                    return ReceivingBodies.IndexOf(code);
            }
        }

        var commune = CommuneIndex[original.Matter.Commune];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var body = PickBody(scenarioIndex, commune);
            if (ReceivingBodies.All[body].Code != original.BodyCode)
                return body;
        }
        return ReceivingBodies.IndexOf(original.BodyCode == "UBND-TN" ? "MTTQ-TN" : "UBND-TN");
    }

    // A commune body only receives letters from its commune.
    private int PickBody(int scenarioIndex, int commune, bool provincialOnly = false)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var body = BodyPools[scenarioIndex].Pick(_random);
            if (BodyCommune[body] < 0 || (!provincialOnly && BodyCommune[body] == commune))
                return body;
        }
        return ReceivingBodies.IndexOf("UBND-TN");
    }

    private int WritingDelay(Channel channel) => channel switch
    {
        Channel.InPerson or Channel.ReceptionSession or Channel.VoterMeeting => _random.Next(3),
        Channel.Email or Channel.OnlinePortal or Channel.Hotline => _random.Next(2),
        Channel.Post => 2 + _random.Next(8),
        _ => 10 + _random.Next(36),
    };

    private static bool SharesId(GeneratedSender sender, IReadOnlyList<GeneratedSender> others)
    {
        foreach (var other in others)
        {
            if (other.CitizenId == sender.CitizenId)
                return true;
        }
        return false;
    }

    private static DateOnly NextWeekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static Dictionary<string, int> IndexScenarios()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Scenarios.Length; i++)
            index.Add(Scenarios[i].Id, i);
        return index;
    }

    private static Dictionary<string, int> IndexCommunes()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ThaiNguyenPlaces.Communes.Length; i++)
            index.Add(ThaiNguyenPlaces.Communes[i].FullName, i);
        return index;
    }

    private static Pool[,] BuildScenarioPools()
    {
        var pools = new Pool[4, 3];
        for (var kind = 0; kind < 4; kind++)
        {
            for (var mode = 0; mode < 3; mode++)
            {
                var m = mode;
                pools[kind, mode] = Pool.Of(Scenarios.Length, i => (int)Scenarios[i].Kind == kind
                    && (m != GroupMode || Scenarios[i].AllowsGroup)
                    && (m != AnonymousMode || Scenarios[i].AllowsAnonymous), i => Scenarios[i].Weight);
            }
        }
        return pools;
    }

    private static Pool[] BuildParcelPools()
    {
        var pools = new Pool[4];
        for (var kind = 0; kind < 4; kind++)
        {
            var k = kind;
            pools[kind] = Pool.Of(Scenarios.Length, i => (int)Scenarios[i].Kind == k && Scenarios[i].Uses(LetterSlot.Parcel), i => Scenarios[i].Weight);
        }
        return pools;
    }

    private static Pool[] BuildBodyPools()
    {
        var pools = new Pool[Scenarios.Length];
        for (var s = 0; s < Scenarios.Length; s++)
        {
            var scenario = Scenarios[s];
            pools[s] = Pool.Of(ReceivingBodies.All.Length, b => ReceivingBodies.All[b].Accepts(scenario), b => ReceivingBodies.All[b].Weight);
        }
        return pools;
    }

    private static int[] BuildBodyCommunes()
    {
        var communes = new int[ReceivingBodies.All.Length];
        for (var b = 0; b < communes.Length; b++)
        {
            communes[b] = -1;
            for (var c = 0; c < ThaiNguyenPlaces.Communes.Length; c++)
            {
                if (ThaiNguyenPlaces.Communes[c].Name == ReceivingBodies.All[b].Commune)
                    communes[b] = c;
            }
        }
        return communes;
    }

    private static string[][] BuildSingleAddressees()
    {
        var single = new string[ReceivingBodies.All.Length][];
        for (var b = 0; b < single.Length; b++)
            single[b] = [ReceivingBodies.All[b].Code];
        return single;
    }

    /// <summary>Some indexes of a table and their weights: pick returns one of the indexes.</summary>
    private sealed class Pool(int[] indexes, WeightedTable? table)
    {
        // Empty pools exist (no anonymous complaints); the generator never picks from them.
        public int Pick(Random random) =>
            table is null ? throw new InvalidOperationException("Nothing to pick from.") : indexes[table.Pick(random)];

        public static Pool Of(int count, Func<int, bool> include, Func<int, int> weight)
        {
            var indexes = new List<int>();
            var weights = new List<int>();
            for (var i = 0; i < count; i++)
            {
                if (include(i))
                {
                    indexes.Add(i);
                    weights.Add(weight(i));
                }
            }
            return new Pool([.. indexes], indexes.Count == 0 ? null : new WeightedTable(weights.ToArray()));
        }
    }
}
