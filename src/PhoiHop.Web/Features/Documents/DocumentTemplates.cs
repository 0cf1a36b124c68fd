using static PhoiHop.Features.Documents.TemplateFields;

namespace PhoiHop.Features.Documents;

/// <summary>
/// The outgoing documents of petition handling (RULES.md 1.5, 2.4, 2.6), version 1. The wording is ours, written to the
/// statutes cited in each; an official form (mẫu) that a circular prescribes takes precedence once its text is checked.
/// </summary>
public static class DocumentTemplates
{
    private const string Received = $"Ngày {{{ReceivedOn}}}, {{{IssuerName}}} nhận được đơn {{{PetitionKind}}} của {{{Sender}}}, địa chỉ: {{{SenderAddress}}}.";
    private const string Content = $"Nội dung đơn: {{{PetitionContent}}}.";

    /// <summary>
    /// Thông báo thụ lý: the complaint is accepted; the complainant, the forwarding body and the same-level state
    /// inspectorate are told (Luật Khiếu nại 2011, Điều 27).
    /// </summary>
    public static DocumentTemplate AcceptanceNotice { get; } = new(
        "acceptance-notice", 1, DocumentType.Notice,
        "Về việc thụ lý giải quyết khiếu nại",
        [$"{{^{Sender}}}"],
        [
            $"Ngày {{{ReceivedOn}}}, {{{IssuerName}}} nhận được đơn khiếu nại của {{{Sender}}}, địa chỉ: {{{SenderAddress}}}.",
            $"Nội dung khiếu nại: {{{PetitionContent}}}.",
            $"Sau khi xem xét nội dung đơn, căn cứ Điều 27 Luật Khiếu nại năm 2011, khiếu nại đủ điều kiện thụ lý và thuộc thẩm quyền giải quyết của {{{Resolver}}}. {{{IssuerName}}} thông báo đã thụ lý giải quyết khiếu nại của {{{Sender}}} kể từ ngày {{{AcceptedOn}}}.",
            TemplateText.Optional($"Thời hạn giải quyết khiếu nại: {{{TimeLimit}}}."),
            $"{{{IssuerName}}} thông báo để {{{Sender}}} được biết.",
        ],
        [$"{{{Inspectorate}}}", TemplateText.Optional($"{{{ForwardingBody}}}")]);

    /// <summary>
    /// Thông báo không thụ lý: the complaint is not accepted, with the reason (Luật Khiếu nại 2011, Điều 11 and Điều 27).
    /// </summary>
    public static DocumentTemplate RefusalNotice { get; } = new(
        "refusal-notice", 1, DocumentType.Notice,
        "Về việc không thụ lý giải quyết khiếu nại",
        [$"{{^{Sender}}}"],
        [
            $"Ngày {{{ReceivedOn}}}, {{{IssuerName}}} nhận được đơn khiếu nại của {{{Sender}}}, địa chỉ: {{{SenderAddress}}}.",
            $"Nội dung khiếu nại: {{{PetitionContent}}}.",
            $"Sau khi xem xét nội dung đơn, đối chiếu với quy định tại Điều 11 và Điều 27 Luật Khiếu nại năm 2011, {{{IssuerName}}} không thụ lý giải quyết khiếu nại của {{{Sender}}} với lý do: {{{Reason}}}.",
            TemplateText.Optional($"{{{Guidance}}}"),
            $"{{{IssuerName}}} thông báo để {{{Sender}}} được biết.",
        ],
        [$"{{{Inspectorate}}}", TemplateText.Optional($"{{{ForwardingBody}}}")]);

    /// <summary>
    /// Văn bản hướng dẫn: the matter belongs to another body, and the sender is told where to send it (Luật Tiếp công dân
    /// 2013, Điều 26, khoản 1, điểm b).
    /// </summary>
    public static DocumentTemplate GuidanceLetter { get; } = new(
        "guidance-letter", 1, DocumentType.OfficialLetter,
        "V/v hướng dẫn gửi đơn đến cơ quan có thẩm quyền giải quyết",
        [$"{{^{Sender}}}"],
        [
            Received,
            Content,
            $"Sau khi nghiên cứu, nội dung đơn không thuộc thẩm quyền giải quyết của {{{IssuerName}}} mà thuộc thẩm quyền của {{{CompetentBody}}}.",
            $"{{{IssuerName}}} hướng dẫn {{{Sender}}} gửi đơn và tài liệu kèm theo (nếu có) đến {{{CompetentBody}}} để được xem xét, giải quyết theo quy định của pháp luật.",
            TemplateText.Optional($"Địa chỉ của {{{CompetentBody}}}: {{{CompetentBodyAddress}}}."),
            $"{{{IssuerName}}} trả lời để {{{Sender}}} được biết, thực hiện.",
        ],
        []);

    /// <summary>
    /// Phiếu chuyển đơn: the letter goes to the competent body, and the sender is told (Luật Tiếp công dân 2013, Điều 26,
    /// khoản 2, điểm b; Điều 28, khoản 1, điểm d).
    /// </summary>
    public static DocumentTemplate ForwardingSlip { get; } = new(
        "forwarding-slip", 1, DocumentType.ForwardingSlip with { Name = "Phiếu chuyển đơn" },
        null,
        [$"{{{CompetentBody}}}"],
        [
            Received,
            Content,
            $"Sau khi xem xét, nội dung đơn thuộc thẩm quyền giải quyết của {{{CompetentBody}}}. {{{IssuerName}}} chuyển đơn đến {{{CompetentBody}}} để xem xét, giải quyết theo thẩm quyền và đề nghị thông báo kết quả giải quyết cho {{{IssuerName}}} biết.",
            TemplateText.Optional($"Kèm theo: {{{Attachments}}}."),
        ],
        [$"{{^{Sender}}} (để biết)"]);

    /// <summary>Văn bản trả lời: the body's answer to a recommendation or feedback letter.</summary>
    public static DocumentTemplate Answer { get; } = new(
        "answer", 1, DocumentType.OfficialLetter,
        $"V/v trả lời đơn {{{PetitionKind}}} của {{{Sender}}}",
        [$"{{^{Sender}}}"],
        [
            Received,
            Content,
            $"Về nội dung này, {{{IssuerName}}} trả lời như sau:",
            $"{{{TemplateFields.Answer}}}",
            $"{{{IssuerName}}} trả lời để {{{Sender}}} được biết.",
        ],
        [TemplateText.Optional($"{{{ForwardingBody}}}")]);

    /// <summary>
    /// Văn bản đôn đốc: a forwarded letter is still unanswered; the body that forwarded it follows up (RULES.md 2.6,
    /// MONITOR; Luật Mặt trận Tổ quốc Việt Nam, Điều 28, khoản 7).
    /// </summary>
    public static DocumentTemplate Reminder { get; } = new(
        "reminder", 1, DocumentType.OfficialLetter,
        $"V/v đôn đốc giải quyết đơn {{{PetitionKind}}} của {{{Sender}}}",
        [$"{{{ResolvingBody}}}"],
        [
            $"Ngày {{{ForwardedOn}}}, {{{IssuerName}}} có văn bản số {{{ForwardingNumber}}} chuyển đơn {{{PetitionKind}}} của {{{Sender}}}, địa chỉ: {{{SenderAddress}}}, đến {{{ResolvingBody}}} để xem xét, giải quyết theo thẩm quyền.",
            Content,
            $"Đến nay, {{{IssuerName}}} chưa nhận được văn bản thông báo kết quả giải quyết của {{{ResolvingBody}}}.",
            TemplateText.Optional($"Thời hạn giải quyết theo quy định đã hết ngày {{{DueOn}}}."),
            $"Để bảo đảm quyền và lợi ích hợp pháp của công dân, {{{IssuerName}}} đề nghị {{{ResolvingBody}}} khẩn trương xem xét, giải quyết và thông báo kết quả bằng văn bản cho {{{IssuerName}}} trước ngày {{{ReplyBy}}}.",
        ],
        []);

    /// <summary>Every version of every template; old versions stay here so that stored documents render as issued.</summary>
    public static IReadOnlyList<DocumentTemplate> All { get; } = [AcceptanceNotice, RefusalNotice, GuidanceLetter, ForwardingSlip, Answer, Reminder];

    public static DocumentTemplate? Find(string code, int version) => All.FirstOrDefault(t => t.Code == code && t.Version == version);

    /// <exception cref="KeyNotFoundException">No template has that code.</exception>
    public static DocumentTemplate Latest(string code) =>
        All.Where(t => t.Code == code).MaxBy(t => t.Version) ?? throw new KeyNotFoundException($"No document template {code}.");
}
