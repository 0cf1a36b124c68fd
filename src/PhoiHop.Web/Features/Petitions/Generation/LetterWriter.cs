using System.Text;

namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// Writes a letter the way citizens write them: the national heading, the title, "Kính gửi", who the sender is, the
/// claim and the facts, the request, the commitment (a denouncer answers before the law for the content: Luật Tố cáo
/// 2018, Điều 9 [NV]), the thanks and the signature. One writer per generator: it reuses its buffer, so it is not
/// thread-safe.
/// </summary>
internal sealed class LetterWriter
{
    // Bits of LetterPlan.Variants: the claim, up to six facts, the request and the generic sentences.
    private const int ClaimBit = 0;
    private const int FirstFactBit = 1;
    private const int RequestBit = 7;
    private const int IntroBit = 8;
    private const int ConnectorBit = 9;
    private const int FactsIntroBit = 10;
    private const int ThanksBit = 11;

    // Fields of LetterPlan.Style.
    private const int Heading = 0;       // 3 bits: heading unless 0
    private const int AltTitle = 3;      // 3 bits: "ĐƠN ĐỀ NGHỊ"/"ĐƠN TRÌNH BÀY" when 0
    private const int AltTitleWord = 6;  // 1 bit
    private const int SubjectLine = 7;   // 2 bits: "(V/v: …)" unless 0
    private const int Identity = 9;      // 2 bits: identity block style
    private const int PhoneGroup = 11;   // 2 bits: 0912345678, 0912.345.678, 0912 345 678
    private const int Attachments = 13;  // 2 bits: list attachments when 0
    private const int Commitment = 15;   // 1 bit
    private const int Hope = 16;         // 1 bit
    private const int AddresseeName = 17; // 1 bit
    private const int Signature = 18;    // 1 bit
    private const int OneParagraph = 19; // 1 bit: facts run on in one paragraph
    private const int IssueDate = 20;    // 1 bit
    private const int ReminderStyle = 21; // 1 bit
    private const int DateLine = 22;     // 2 bits: place and date line unless 0

    private static readonly LetterTemplate[] Intros = LetterTemplate.ParseAll(["{ToiCap} làm đơn này ", "Nay {Toi} viết đơn này "]);
    private static readonly LetterTemplate[] ReminderIntros = LetterTemplate.ParseAll(["Nay {Toi} tiếp tục làm đơn này ", "Vì vậy, {Toi} làm đơn này một lần nữa để "]);
    private static readonly string[] FactsIntros = ["Nội dung sự việc như sau:", "Sự việc cụ thể như sau:"];
    private static readonly LetterTemplate[] FactsFirstIntros =
        LetterTemplate.ParseAll(["{ToiCap} xin trình bày sự việc như sau:", "{ToiCap} xin trình bày nội dung vụ việc như sau:"]);
    private static readonly LetterTemplate[] LateClaims = LetterTemplate.ParseAll(["Vì vậy, {Toi} làm đơn này ", "Do đó, {Toi} làm đơn này "]);
    private static readonly LetterTemplate[] Connectors = LetterTemplate.ParseAll(["Vì vậy, {Toi} ", "Từ những nội dung trên, {Toi} "]);
    private static readonly LetterTemplate[] LateConnectors = LetterTemplate.ParseAll(["{ToiCap} ", "Nay {Toi} "]);
    private static readonly LetterTemplate Commit = LetterTemplate.Parse("{ToiCap} xin cam đoan những nội dung trình bày trên là đúng sự thật.");
    private static readonly LetterTemplate DenunciationCommit = LetterTemplate.Parse(
        "{ToiCap} cam kết nội dung tố cáo là đúng sự thật và xin chịu trách nhiệm trước pháp luật nếu cố ý tố cáo sai sự thật.");
    private static readonly string[] Hopes = ["Rất mong nhận được sự quan tâm, giải quyết của Quý cơ quan.", "Kính mong Quý cơ quan sớm xem xét, giải quyết."];
    private static readonly LetterTemplate[] Thanks = LetterTemplate.ParseAll(["{ToiCap} xin chân thành cảm ơn!", "{ToiCap} xin chân thành cảm ơn Quý cơ quan!"]);

    private readonly StringBuilder _sb = new(4096);
    private LetterDraft _draft = null!;

    public string Subject(LetterDraft draft)
    {
        _draft = draft;
        _sb.Clear();
        Render(draft.Scenario.Subject);
        return _sb.ToString();
    }

    public string Content(LetterDraft draft, string subject)
    {
        _draft = draft;
        _sb.Clear();
        var plan = draft.Plan;

        if (plan.Choice(Heading, 7) != 0)
        {
            _sb.Append("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n");
            if (plan.Choice(DateLine, 3) != 0)
            {
                _sb.Append(CommuneName(draft.Matter.Commune)).Append(", ");
                Numerals.AppendLongDate(_sb, draft.WrittenOn);
                _sb.Append('\n');
            }
        }

        AppendTitle(draft.Scenario.Kind, plan, draft.Recalls is not null);
        if (plan.Choice(SubjectLine, 3) != 0)
        {
            _sb.Append("(V/v: ");
            AppendLowerFirst(subject);
            _sb.Append(")\n");
        }

        AppendAddressees(draft.AddressedTo, plan.Choice(AddresseeName, 1));
        AppendIdentity(draft);
        if (draft.Recalls is { } earlier)
            AppendReminder(earlier, plan);
        AppendBody(draft.Scenario, plan, draft.Recalls is not null);
        AppendClosing(draft, plan);
        AppendSignature(draft, plan);
        return _sb.ToString();
    }

    private void AppendTitle(PetitionKind kind, LetterPlan plan, bool isReminder)
    {
        _sb.Append('\n');
        if (plan.Choice(AltTitle, 7) == 0)
        {
            _sb.Append(plan.Choice(AltTitleWord, 1) == 0 ? "ĐƠN ĐỀ NGHỊ" : "ĐƠN TRÌNH BÀY");
        }
        else
        {
            _sb.Append(kind switch
            {
                PetitionKind.Complaint => "ĐƠN KHIẾU NẠI",
                PetitionKind.Denunciation => "ĐƠN TỐ CÁO",
                PetitionKind.Recommendation => "ĐƠN KIẾN NGHỊ",
                PetitionKind.Feedback => "ĐƠN PHẢN ÁNH",
                _ => throw new ArgumentOutOfRangeException(nameof(kind)),
            });
        }
        if (isReminder)
            _sb.Append(" (LẦN 2)");
        _sb.Append('\n');
    }

    private void AppendAddressees(IReadOnlyList<string> codes, int nameStyle)
    {
        _sb.Append('\n');
        if (codes.Count == 1)
        {
            _sb.Append("Kính gửi: ").Append(AddresseeOf(codes[0], nameStyle)).Append(".\n\n");
            return;
        }

        _sb.Append("Kính gửi:\n");
        for (var i = 0; i < codes.Count; i++)
            _sb.Append("- ").Append(AddresseeOf(codes[i], nameStyle)).Append(i == codes.Count - 1 ? ".\n\n" : ";\n");
    }

    private static string AddresseeOf(string code, int nameStyle) => ReceivingBodies.All[ReceivingBodies.IndexOf(code)].Addressees[nameStyle];

    private void AppendIdentity(LetterDraft draft)
    {
        var plan = draft.Plan;
        var senders = draft.Senders;
        if (draft.IsAnonymous)
        {
            if (plan.Choice(Identity, 1) == 0)
            {
                _sb.Append("Tôi là người dân đang sinh sống tại ").Append(draft.Matter.Commune)
                    .Append(". Vì lý do an toàn cho bản thân và gia đình, tôi xin phép không nêu tên.\n");
            }
            return;
        }

        if (draft.SenderCount == 1)
        {
            var s = senders[0];
            switch (plan.Choice(Identity, 3))
            {
                case 1:
                    _sb.Append("Tôi là ").Append(s.FullName).Append(", sinh ngày ");
                    Numerals.AppendDate(_sb, s.BirthDate);
                    _sb.Append(", số định danh cá nhân ").Append(s.CitizenId).Append(", cư trú tại ").Append(s.AddressLine).Append(", ")
                        .Append(s.Commune).Append(", ").Append(s.Province).Append("; điện thoại liên hệ: ");
                    AppendPhone(s.Phone, plan);
                    _sb.Append(".\n");
                    return;
                case 2:
                    _sb.Append("Tôi tên là ").Append(s.FullName).Append(", sinh năm ");
                    Numerals.Append(_sb, s.BirthDate.Year);
                    _sb.Append(", hiện ở ").Append(s.AddressLine).Append(", ").Append(s.Commune).Append(", ").Append(s.Province)
                        .Append(", số điện thoại ");
                    AppendPhone(s.Phone, plan);
                    _sb.Append(".\n");
                    return;
                default:
                    _sb.Append("Tôi tên là: ").Append(s.FullName).Append(", sinh năm ");
                    Numerals.Append(_sb, s.BirthDate.Year);
                    _sb.Append(".\nSố CCCD: ").Append(s.CitizenId);
                    if (plan.Choice(IssueDate, 1) == 1)
                    {
                        _sb.Append(", cấp ngày ");
                        Numerals.AppendDate(_sb, s.CitizenIdIssuedOn);
                        // Chip ID cards were issued by the police department for administrative order until the 2023
                        // Law on Identification took effect on 01/07/2024; since then by the Ministry of Public Security.
                        _sb.Append(s.CitizenIdIssuedOn < new DateOnly(2024, 7, 1)
                            ? " tại Cục Cảnh sát quản lý hành chính về trật tự xã hội"
                            : " tại Bộ Công an");
                    }
                    _sb.Append(".\nĐịa chỉ thường trú: ").Append(s.AddressLine).Append(", ").Append(s.Commune).Append(", ").Append(s.Province)
                        .Append(".\nSố điện thoại: ");
                    AppendPhone(s.Phone, plan);
                    _sb.Append(".\n");
                    return;
            }
        }

        if (draft.SenderCount > senders.Count)
        {
            _sb.Append("Chúng tôi là ");
            Numerals.Append(_sb, draft.SenderCount);
            _sb.Append(" công dân thuộc các hộ gia đình đang sinh sống tại ").Append(draft.Matter.Locality).Append(", ").Append(draft.Matter.Commune)
                .Append(", ").Append(ThaiNguyenPlaces.Province).Append(". Đại diện cho những người ký tên trong đơn gồm:\n");
        }
        else
        {
            _sb.Append("Chúng tôi gồm:\n");
        }

        for (var i = 0; i < senders.Count; i++)
        {
            var s = senders[i];
            Numerals.Append(_sb, i + 1);
            _sb.Append(". ").Append(s.IsFemale ? "Bà " : "Ông ").Append(s.FullName).Append(", sinh năm ");
            Numerals.Append(_sb, s.BirthDate.Year);
            _sb.Append(", CCCD số ").Append(s.CitizenId).Append(", điện thoại ");
            AppendPhone(s.Phone, plan);
            _sb.Append(i == senders.Count - 1 ? ".\n" : ";\n");
        }
        if (draft.SenderCount > senders.Count)
            _sb.Append("(Danh sách chữ ký của các hộ dân gửi kèm theo đơn.)\n");
        else
            _sb.Append("Cùng cư trú tại: ").Append(senders[0].Address).Append(".\n");
    }

    private void AppendReminder(GeneratedPetition earlier, LetterPlan plan)
    {
        if (plan.Choice(ReminderStyle, 1) == 0)
        {
            _sb.Append("Ngày ");
            Numerals.AppendDate(_sb, earlier.WrittenOn);
            _sb.Append(", ");
            AppendToi(capital: false);
            _sb.Append(" đã gửi đơn đến ").Append(AddresseeOf(earlier.BodyCode, 0)).Append(" về việc ");
            AppendLowerFirst(earlier.Subject);
            var months = (_draft.WrittenOn.DayNumber - earlier.WrittenOn.DayNumber) / 30;
            _sb.Append(", nhưng đến nay đã hơn ");
            Numerals.Append(_sb, Math.Max(1, months));
            _sb.Append(" tháng vẫn chưa được giải quyết, cũng chưa nhận được văn bản trả lời nào.\n");
        }
        else
        {
            AppendToi(capital: true);
            _sb.Append(" đã gửi đơn ngày ");
            Numerals.AppendDate(_sb, earlier.WrittenOn);
            _sb.Append(" nhưng đến nay chưa được giải quyết.\n");
        }
    }

    private void AppendBody(LetterScenario scenario, LetterPlan plan, bool isReminder)
    {
        var intro = plan.Variant(IntroBit) ? 1 : 0;
        var connector = plan.Variant(ConnectorBit) ? 1 : 0;
        var claim = scenario.Claims[plan.Variant(ClaimBit) ? 1 : 0];

        if (!plan.FactsFirst)
        {
            Render((isReminder ? ReminderIntros : Intros)[intro]);
            Render(claim);
            _sb.Append(".\n").Append(FactsIntros[plan.Variant(FactsIntroBit) ? 1 : 0]).Append('\n');
            AppendFacts(scenario, plan);
            Render(Connectors[connector]);
        }
        else
        {
            Render(FactsFirstIntros[plan.Variant(FactsIntroBit) ? 1 : 0]);
            _sb.Append('\n');
            AppendFacts(scenario, plan);
            Render((isReminder ? ReminderIntros : LateClaims)[intro]);
            Render(claim);
            _sb.Append(".\n");
            Render(LateConnectors[connector]);
        }

        Render(scenario.Requests[plan.Variant(RequestBit) ? 1 : 0]);
        _sb.Append('\n');
    }

    private void AppendFacts(LetterScenario scenario, LetterPlan plan)
    {
        var facts = scenario.Facts;
        var paragraph = plan.Choice(OneParagraph, 1) == 1;
        for (var i = 0; i < facts.Length; i++)
        {
            var template = facts[i][plan.Variant(FirstFactBit + i) ? 1 : 0];
            if (!paragraph)
                _sb.Append("- ");
            Render(template);
            _sb.Append(paragraph && i < facts.Length - 1 ? ' ' : '\n');
        }
    }

    private void AppendClosing(LetterDraft draft, LetterPlan plan)
    {
        if (plan.Choice(Attachments, 3) == 0)
        {
            _sb.Append("Tài liệu kèm theo: ");
            if (draft.Matter.DecisionNumber is not null && draft.Scenario.Uses(LetterSlot.Decision))
            {
                _sb.Append("bản sao Quyết định số ");
                Numerals.Append(_sb, draft.Matter.DecisionNumber.Value);
                _sb.Append("; ");
            }
            if (draft.Matter.ParcelNumber is not null)
                _sb.Append("bản phô tô Giấy chứng nhận quyền sử dụng đất; ");
            _sb.Append("hình ảnh và các giấy tờ liên quan.\n");
        }

        if (draft.Scenario.Kind == PetitionKind.Denunciation && !draft.IsAnonymous)
        {
            Render(DenunciationCommit);
            _sb.Append('\n');
        }
        else if (plan.Choice(Commitment, 1) == 1)
        {
            Render(Commit);
            _sb.Append('\n');
        }

        if (plan.Choice(Hope, 1) == 1)
            _sb.Append(Hopes[plan.Variant(ThanksBit) ? 1 : 0]).Append('\n');
        Render(Thanks[plan.Variant(ThanksBit) ? 1 : 0]);
        _sb.Append('\n');
    }

    private void AppendSignature(LetterDraft draft, LetterPlan plan)
    {
        _sb.Append('\n');
        if (draft.IsAnonymous)
        {
            if (plan.Choice(Signature, 1) == 1)
                _sb.Append("Người dân ").Append(draft.Matter.Commune).Append('\n');
            return;
        }

        var senders = draft.Senders;
        if (senders.Count == 1 && draft.SenderCount == 1)
        {
            _sb.Append(plan.Choice(Signature, 1) == 0 ? "Người làm đơn\n(Ký, ghi rõ họ tên)\n" : "Người viết đơn\n").Append(senders[0].FullName).Append('\n');
            return;
        }

        _sb.Append(draft.SenderCount > senders.Count ? "Đại diện các hộ dân\n" : "Những người làm đơn\n");
        foreach (var s in senders)
            _sb.Append(s.FullName).Append('\n');
    }

    private void AppendPhone(string phone, LetterPlan plan)
    {
        var group = plan.Choice(PhoneGroup, 3);
        if (group is 0 or 3)
        {
            _sb.Append(phone);
            return;
        }
        var separator = group == 1 ? '.' : ' ';
        _sb.Append(phone.AsSpan(0, 4)).Append(separator).Append(phone.AsSpan(4, 3)).Append(separator).Append(phone.AsSpan(7, 3));
    }

    private void AppendLowerFirst(string text)
    {
        if (text.Length == 0)
            return;
        _sb.Append(char.ToLowerInvariant(text[0])).Append(text.AsSpan(1));
    }

    private void AppendToi(bool capital)
    {
        _sb.Append(_draft.IsPlural ? capital ? "Chúng tôi" : "chúng tôi" : capital ? "Tôi" : "tôi");
    }

    private static ReadOnlySpan<char> CommuneName(string commune) => commune.AsSpan(commune.IndexOf(' ', StringComparison.Ordinal) + 1);

    private void Render(LetterTemplate template)
    {
        var literals = template.Literals;
        var slots = template.Slots;
        for (var i = 0; i < slots.Length; i++)
        {
            _sb.Append(literals[i]);
            AppendSlot(slots[i]);
        }
        _sb.Append(literals[^1]);
    }

    private void AppendSlot(LetterSlot slot)
    {
        var m = _draft.Matter;
        switch (slot)
        {
            case LetterSlot.Toi:
                AppendToi(capital: false);
                break;
            case LetterSlot.ToiCap:
                AppendToi(capital: true);
                break;
            case LetterSlot.GiaDinhToi:
                _sb.Append(_draft.IsPlural ? "các hộ gia đình chúng tôi" : "gia đình tôi");
                break;
            case LetterSlot.GiaDinhToiCap:
                _sb.Append(_draft.IsPlural ? "Các hộ gia đình chúng tôi" : "Gia đình tôi");
                break;
            case LetterSlot.Commune:
                _sb.Append(m.Commune);
                break;
            case LetterSlot.CommuneName:
                _sb.Append(CommuneName(m.Commune));
                break;
            case LetterSlot.Locality:
                _sb.Append(m.Locality);
                break;
            case LetterSlot.Parcel:
                Numerals.Append(_sb, m.ParcelNumber!.Value);
                break;
            case LetterSlot.Sheet:
                Numerals.Append(_sb, m.MapSheet!.Value);
                break;
            case LetterSlot.Area:
                Numerals.AppendMoney(_sb, m.AreaM2!.Value);
                break;
            case LetterSlot.AreaLost:
                Numerals.AppendMoney(_sb, m.AffectedAreaM2!.Value);
                break;
            case LetterSlot.Decision:
                Numerals.Append(_sb, m.DecisionNumber!.Value);
                break;
            case LetterSlot.DecisionDate:
                Numerals.AppendDate(_sb, m.DecisionDate!.Value);
                break;
            case LetterSlot.DecisionYear:
                Numerals.Append(_sb, m.DecisionDate!.Value.Year);
                break;
            case LetterSlot.JudgmentNumber:
                Numerals.Append(_sb, 1 + (m.DecisionNumber!.Value % 240));
                break;
            case LetterSlot.EventDate:
                Numerals.AppendDate(_sb, m.EventDate!.Value);
                break;
            case LetterSlot.FollowDate:
                Numerals.AppendDate(_sb, m.FollowUpDate!.Value);
                break;
            case LetterSlot.Amount:
                Numerals.AppendMoney(_sb, m.Amount!.Value);
                break;
            case LetterSlot.Amount2:
                Numerals.AppendMoney(_sb, m.SecondAmount!.Value);
                break;
            case LetterSlot.Other:
                _sb.Append(m.OtherParty);
                break;
            case LetterSlot.OtherCap:
                _sb.Append(char.ToUpperInvariant(m.OtherParty![0])).Append(m.OtherParty.AsSpan(1));
                break;
            case LetterSlot.OtherKin:
                _sb.Append(_draft.Scenario.Other == OtherParty.Mother ? "mẹ" : "bố");
                break;
            case LetterSlot.OtherKinCap:
                _sb.Append(_draft.Scenario.Other == OtherParty.Mother ? "Mẹ" : "Bố");
                break;
            case LetterSlot.Project:
                _sb.Append(m.Project);
                break;
            case LetterSlot.Company:
                _sb.Append(m.Company);
                break;
            case LetterSlot.SinceYear:
                Numerals.Append(_sb, m.SinceYear!.Value);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(slot));
        }
    }
}
