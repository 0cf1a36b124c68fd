namespace PhoiHop.Features.Calendar;

/// <summary>
/// The core statutory time limits of RULES.md §13.7(5) that run forward from an event, with their legal basis and
/// effective dates. Limits stated as "at least N days before" an event (schedules, notices, reports before a session)
/// are not here: they count backwards and the law gives no rule for a last day that is a day off.
/// </summary>
/// <remarks>
/// Units follow the law's wording: "ngày làm việc" → working days, "ngày" → calendar days (RULES.md §10.3), except
/// complaint acceptance, which the Law states in days and Thông tư 07/2013/TT-TTCP operates in working days.
/// Where the law sets no number, the default is marked as a coordination-regulation parameter in its legal basis.
/// </remarks>
public static class CoreDeadlineRules
{
    private const string ReceptionLaw = "Luật Tiếp công dân 2013";
    private const string ComplaintLaw = "Luật Khiếu nại 2011";
    private const string DenunciationLaw = "Luật Tố cáo 2018";

    private static readonly DateOnly ReceptionLawInForce = new(2014, 7, 1);
    private static readonly DateOnly ComplaintLawInForce = new(2012, 7, 1);
    private static readonly DateOnly DenunciationLawInForce = new(2019, 1, 1);

    /// <summary>Law 136/2025/QH15 and Decrees 154, 155 and 156/2026/NĐ-CP take effect (RULES.md §0.1).</summary>
    private static readonly DateOnly Amendments2026 = new(2026, 7, 1);

    public static DeadlineRuleSet All { get; } = new(Rules());

    private static IEnumerable<DeadlineRule> Rules()
    {
        // Citizen reception (RULES.md §1.5, §1.7).
        yield return new()
        {
            Code = "reception.notify-citizen",
            Step = "Thông báo cho công dân việc thụ lý, chưa thụ lý, từ chối hoặc chuyển đơn",
            Amount = 10,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày nhận được đơn",
            LegalBasis = $"{ReceptionLaw}, Điều 28, khoản 1",
            ValidFrom = ReceptionLawInForce,
        };
        yield return new()
        {
            Code = "reception.forwarder-result",
            Step = "Thông báo kết quả giải quyết cho cơ quan, đại biểu hoặc Ban tiếp công dân đã chuyển đơn",
            Amount = 7,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày có kết quả giải quyết",
            LegalBasis = $"{ReceptionLaw}, Điều 27, khoản 2",
            ValidFrom = ReceptionLawInForce,
        };
        yield return new()
        {
            Code = "reception.citizen-informed",
            Step = "Thông báo kết quả giải quyết cho công dân (cơ quan của Quốc hội, đại biểu, Ban tiếp công dân)",
            Amount = 5,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày nhận được kết quả giải quyết",
            LegalBasis = $"{ReceptionLaw}, Điều 28, khoản 2",
            ValidFrom = ReceptionLawInForce,
        };
        yield return new()
        {
            Code = "reception.refusal-notice",
            Step = "Thông báo từ chối tiếp công dân bằng văn bản (Mẫu 01/TCD)",
            Amount = 3,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày có đủ căn cứ từ chối",
            LegalBasis = $"{ReceptionLaw}, Điều 9, khoản 3; Nghị định 154/2026/NĐ-CP, Điều 4",
            ValidFrom = Amendments2026,
        };

        // Complaints (RULES.md §3.2).
        yield return new()
        {
            Code = "complaint.limitation",
            Step = "Thời hiệu khiếu nại",
            Amount = 90,
            Unit = DeadlineUnit.CalendarDays,
            StartEvent = "ngày nhận được hoặc biết được quyết định hành chính, hành vi hành chính",
            // Time lost to illness, disaster, war, travel or study far away or another objective obstacle is not
            // counted: the case records it as a pause.
            PausesOnSuspension = true,
            LegalBasis = $"{ComplaintLaw}, Điều 9",
            ValidFrom = ComplaintLawInForce,
        };
        yield return new()
        {
            Code = "complaint.acceptance",
            Step = "Thụ lý giải quyết khiếu nại và thông báo cho người khiếu nại, cơ quan chuyển đơn, thanh tra cùng cấp",
            Amount = 10,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày nhận được đơn khiếu nại",
            LegalBasis = $"{ComplaintLaw}, Điều 27 và Điều 36, khoản 1; Thông tư 07/2013/TT-TTCP, Điều 5 (sửa đổi bởi Thông tư 02/2016/TT-TTCP): tính theo ngày làm việc",
            ValidFrom = ComplaintLawInForce,
        };

        // Resolution periods have two versions with the same numbers: from 01/07/2026 the complex-case test is
        // NĐ 124/2020, Điều 3a and suspension is Điều 28b, both added by NĐ 155/2026 (RULES.md §3.2, [V-copy]).
        foreach (var version in ResolutionVersions())
        {
            yield return new()
            {
                Code = "complaint.first-instance",
                Step = "Giải quyết khiếu nại lần đầu",
                Amount = 30,
                ComplexAmount = 45,
                RemoteAreaAmount = 45,
                RemoteComplexAmount = 60,
                Unit = DeadlineUnit.CalendarDays,
                StartEvent = "ngày thụ lý",
                PausesOnSuspension = true,
                LegalBasis = $"{ComplaintLaw}, Điều 28{version.Suffix}",
                ValidFrom = version.From,
                ValidTo = version.To,
            };
            yield return new()
            {
                Code = "complaint.second-instance",
                Step = "Giải quyết khiếu nại lần hai",
                Amount = 45,
                ComplexAmount = 60,
                RemoteAreaAmount = 60,
                RemoteComplexAmount = 70,
                Unit = DeadlineUnit.CalendarDays,
                StartEvent = "ngày thụ lý",
                PausesOnSuspension = true,
                LegalBasis = $"{ComplaintLaw}, Điều 37{version.Suffix}",
                ValidFrom = version.From,
                ValidTo = version.To,
            };
        }

        yield return new()
        {
            Code = "complaint.second-instance-filing",
            Step = "Thời hạn khiếu nại lần hai",
            Amount = 30,
            RemoteAreaAmount = 45,
            Unit = DeadlineUnit.CalendarDays,
            StartEvent = "ngày nhận được quyết định giải quyết lần đầu hoặc ngày hết thời hạn giải quyết lần đầu",
            LegalBasis = $"{ComplaintLaw}, Điều 33",
            ValidFrom = ComplaintLawInForce,
        };
        yield return new()
        {
            Code = "complaint.decision-effective",
            Step = "Quyết định giải quyết khiếu nại có hiệu lực pháp luật",
            Amount = 30,
            RemoteAreaAmount = 45,
            Unit = DeadlineUnit.CalendarDays,
            StartEvent = "ngày ban hành quyết định giải quyết khiếu nại",
            LegalBasis = $"{ComplaintLaw}, Điều 44",
            ValidFrom = ComplaintLawInForce,
        };
        yield return new()
        {
            Code = "complaint.send-first-decision",
            Step = "Gửi quyết định giải quyết khiếu nại lần đầu",
            Amount = 3,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày ban hành quyết định",
            LegalBasis = $"{ComplaintLaw}, Điều 32",
            ValidFrom = ComplaintLawInForce,
        };
        yield return new()
        {
            Code = "complaint.send-second-decision",
            Step = "Gửi quyết định giải quyết khiếu nại lần hai",
            Amount = 7,
            Unit = DeadlineUnit.CalendarDays,
            StartEvent = "ngày ban hành quyết định",
            LegalBasis = $"{ComplaintLaw}, Điều 41",
            ValidFrom = ComplaintLawInForce,
        };
        yield return new()
        {
            Code = "complaint.suspension-notice",
            Step = "Gửi quyết định tạm đình chỉ, đình chỉ hoặc tiếp tục giải quyết khiếu nại",
            Amount = 3,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày ban hành quyết định",
            LegalBasis = "Nghị định 124/2020/NĐ-CP, Điều 28b (bổ sung bởi Nghị định 155/2026/NĐ-CP)",
            ValidFrom = Amendments2026,
        };

        // Denunciations (RULES.md §4.3).
        yield return new()
        {
            Code = "denunciation.first-handling",
            Step = "Vào sổ, phân loại, xử lý ban đầu, kiểm tra điều kiện thụ lý tố cáo",
            Amount = 7,
            // "tối đa 10 ngày làm việc" when checking at several places or by delegation.
            ComplexAmount = 10,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày nhận được tố cáo",
            LegalBasis = $"{DenunciationLaw}, Điều 24, khoản 1",
            ValidFrom = DenunciationLawInForce,
        };
        yield return new()
        {
            Code = "denunciation.forward",
            Step = "Chuyển đơn tố cáo không thuộc thẩm quyền và thông báo cho người tố cáo",
            Amount = 5,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày nhận được tố cáo",
            LegalBasis = $"{DenunciationLaw}, Điều 24, khoản 2",
            ValidFrom = DenunciationLawInForce,
        };
        yield return new()
        {
            Code = "denunciation.acceptance-notice",
            Step = "Thông báo việc thụ lý cho người tố cáo và nội dung tố cáo cho người bị tố cáo",
            Amount = 5,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày ra quyết định thụ lý",
            LegalBasis = $"{DenunciationLaw}, Điều 29, khoản 3",
            ValidFrom = DenunciationLawInForce,
        };
        yield return new()
        {
            Code = "denunciation.resolution",
            Step = "Giải quyết tố cáo",
            Amount = 30,
            Unit = DeadlineUnit.CalendarDays,
            StartEvent = "ngày thụ lý tố cáo",
            // Complex case: one extension; especially complex: two, at most 30 days each (90 days in all).
            MaxExtensions = 2,
            ExtensionAmount = 30,
            PausesOnSuspension = true,
            LegalBasis = $"{DenunciationLaw}, Điều 30 và Điều 34, khoản 2; Nghị định 31/2019/NĐ-CP, Điều 3",
            ValidFrom = DenunciationLawInForce,
        };
        yield return new()
        {
            Code = "denunciation.conclusion-sent",
            Step = "Gửi kết luận nội dung tố cáo và thông báo cho người tố cáo",
            Amount = 5,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày ban hành kết luận",
            LegalBasis = $"{DenunciationLaw}, Điều 35, khoản 3",
            ValidFrom = DenunciationLawInForce,
        };
        yield return new()
        {
            Code = "denunciation.handling",
            Step = "Xử lý kết luận nội dung tố cáo",
            Amount = 7,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày ban hành kết luận",
            LegalBasis = $"{DenunciationLaw}, Điều 36, khoản 1",
            ValidFrom = DenunciationLawInForce,
        };
        yield return new()
        {
            Code = "denunciation.recommendation-result",
            Step = "Thông báo kết quả xử lý kiến nghị cho người giải quyết tố cáo",
            Amount = 5,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày có kết quả xử lý",
            LegalBasis = $"{DenunciationLaw}, Điều 36, khoản 3",
            ValidFrom = DenunciationLawInForce,
        };
        yield return new()
        {
            Code = "denunciation.suspension-notice",
            Step = "Gửi quyết định tạm đình chỉ, đình chỉ giải quyết tố cáo",
            Amount = 5,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày ban hành quyết định",
            LegalBasis = $"{DenunciationLaw}, Điều 34",
            ValidFrom = DenunciationLawInForce,
        };
        yield return new()
        {
            Code = "denunciation.follow-up-review",
            Step = "Xem xét hồ sơ khi có tố cáo tiếp",
            Amount = 20,
            Unit = DeadlineUnit.CalendarDays,
            StartEvent = "ngày nhận được tố cáo tiếp",
            LegalBasis = $"{DenunciationLaw}, Điều 37",
            ValidFrom = DenunciationLawInForce,
        };
        yield return new()
        {
            Code = "denunciation.overdue-report-request",
            Step = "Yêu cầu cấp dưới báo cáo về việc giải quyết tố cáo quá hạn",
            Amount = 5,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày nhận được tố cáo tiếp về việc quá hạn",
            LegalBasis = $"{DenunciationLaw}, Điều 38",
            ValidFrom = DenunciationLawInForce,
        };
        yield return new()
        {
            Code = "denunciation.overdue-report",
            Step = "Cấp dưới báo cáo về việc giải quyết tố cáo quá hạn",
            Amount = 5,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày nhận được yêu cầu báo cáo",
            LegalBasis = $"{DenunciationLaw}, Điều 38",
            ValidFrom = DenunciationLawInForce,
        };

        // Petitions and feedback (RULES.md §5).
        yield return new()
        {
            Code = "regulation-feedback.forward",
            Step = "Chuyển phản ánh, kiến nghị về quy định hành chính không thuộc thẩm quyền",
            Amount = 5,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày nhận được phản ánh, kiến nghị",
            LegalBasis = "Nghị định 20/2008/NĐ-CP, Điều 9 (sửa đổi bởi Nghị định 48/2013/NĐ-CP và Nghị định 92/2017/NĐ-CP)",
            ValidFrom = new DateOnly(2008, 3, 3),
        };
        yield return new()
        {
            Code = "petition.answer",
            Step = "Trả lời kiến nghị, phản ánh",
            Amount = 15,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày nhận được đơn",
            LegalBasis = "Không có thời hạn luật định; mặc định theo quy chế phối hợp, có thể điều chỉnh",
            ValidFrom = ReceptionLawInForce,
        };

        // Voter petitions (RULES.md §8.2–8.4).
        const string voterResolution = "Nghị quyết liên tịch 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN";
        var voterResolutionInForce = new DateOnly(2025, 2, 20);
        yield return new()
        {
            Code = "voter-petition.answer",
            Step = "Trả lời kiến nghị cử tri",
            Amount = 60,
            Unit = DeadlineUnit.CalendarDays,
            StartEvent = "ngày nhận được kiến nghị",
            LegalBasis = $"{voterResolution}, Điều 49, khoản 1",
            ValidFrom = voterResolutionInForce,
        };
        yield return new()
        {
            Code = "voter-petition.publication",
            Step = "Công khai kết quả trả lời kiến nghị cử tri trên phương tiện thông tin đại chúng và cổng thông tin",
            Amount = 15,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày hết hạn trả lời kiến nghị",
            LegalBasis = $"{voterResolution}, Điều 51",
            ValidFrom = voterResolutionInForce,
        };
        yield return new()
        {
            Code = "voter-contact.group-decision",
            Step = "Quyết định việc tiếp xúc cử tri theo nhóm, cá nhân",
            Amount = 5,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày nhận được đề nghị tiếp xúc",
            LegalBasis = $"{voterResolution}, Điều 33",
            ValidFrom = voterResolutionInForce,
        };
        yield return new()
        {
            Code = "voter-contact.group-petitions",
            Step = "Đại biểu gửi kiến nghị thu thập được sau tiếp xúc cử tri theo nhóm, cá nhân",
            Amount = 5,
            Unit = DeadlineUnit.WorkingDays,
            StartEvent = "ngày tiếp xúc cử tri",
            LegalBasis = $"{voterResolution}, Điều 33",
            ValidFrom = voterResolutionInForce,
        };

        // Consultation and supervision (RULES.md §6.3, §7).
        yield return new()
        {
            Code = "draft.policy-consultation-answer",
            Step = "Trả lời ý kiến về đề nghị chính sách (lấy ý kiến bằng văn bản)",
            Amount = 15,
            Unit = DeadlineUnit.CalendarDays,
            StartEvent = "ngày nhận được đề nghị góp ý",
            LegalBasis = "Luật Ban hành văn bản quy phạm pháp luật 2025 (64/2025/QH15), Điều 30",
            ValidFrom = new DateOnly(2025, 4, 1),
        };
        yield return new()
        {
            Code = "supervision.delegation-report",
            Step = "Trưởng đoàn giám sát báo cáo kết quả giám sát với Ban Thường trực Ủy ban MTTQ",
            Amount = 15,
            Unit = DeadlineUnit.CalendarDays,
            StartEvent = "ngày kết thúc buổi làm việc với đối tượng giám sát",
            LegalBasis = "Nghị quyết liên tịch 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, Điều 6–9 (giám sát thông qua đoàn giám sát)",
            ValidFrom = new DateOnly(2017, 6, 15),
        };
    }

    private static IEnumerable<(DateOnly From, DateOnly? To, string Suffix)> ResolutionVersions()
    {
        yield return (ComplaintLawInForce, Amendments2026.AddDays(-1), "");
        yield return (Amendments2026, null,
            " (Luật Khiếu nại được sửa đổi, bổ sung bởi Luật 136/2025/QH15); vụ việc phức tạp: Nghị định 124/2020/NĐ-CP, Điều 3a; tạm đình chỉ: Điều 28b (bổ sung bởi Nghị định 155/2026/NĐ-CP)");
    }
}
