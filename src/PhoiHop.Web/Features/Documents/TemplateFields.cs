namespace PhoiHop.Features.Documents;

/// <summary>
/// Field names the templates of <see cref="DocumentTemplates"/> use. Values are plain Vietnamese text without a final
/// full stop; dates are written with <see cref="DocumentDate.Numeric"/>; people carry their form of address in lower
/// case ("ông Nguyễn Văn An", "bà Lê Thị Hoa").
/// </summary>
public static class TemplateFields
{
    // Filled from the DocumentIssue unless the caller gives them.
    public const string IssuerName = nameof(IssuerName);          // "Ủy ban nhân dân tỉnh Thái Nguyên"
    public const string Place = nameof(Place);                    // "Thái Nguyên"

    public const string Sender = nameof(Sender);                  // "ông Nguyễn Văn An"
    public const string SenderAddress = nameof(SenderAddress);    // "tổ 5, phường Phan Đình Phùng, tỉnh Thái Nguyên"
    public const string PetitionKind = nameof(PetitionKind);      // "khiếu nại", "tố cáo", "kiến nghị, phản ánh"
    public const string PetitionContent = nameof(PetitionContent);
    public const string ReceivedOn = nameof(ReceivedOn);          // "05/02/2026"
    public const string Resolver = nameof(Resolver);              // the person competent to resolve: "Chủ tịch Ủy ban nhân dân tỉnh"
    public const string AcceptedOn = nameof(AcceptedOn);
    public const string TimeLimit = nameof(TimeLimit);            // "không quá 30 ngày kể từ ngày thụ lý"
    public const string Inspectorate = nameof(Inspectorate);      // "Thanh tra tỉnh"
    public const string ForwardingBody = nameof(ForwardingBody);  // the body that forwarded the letter, if any
    public const string Reason = nameof(Reason);
    public const string Guidance = nameof(Guidance);              // a whole sentence, with its full stop
    public const string CompetentBody = nameof(CompetentBody);
    public const string CompetentBodyAddress = nameof(CompetentBodyAddress);
    public const string Attachments = nameof(Attachments);
    public const string Answer = nameof(Answer);                  // one or more paragraphs, separated by line breaks
    public const string ResolvingBody = nameof(ResolvingBody);
    public const string ForwardedOn = nameof(ForwardedOn);
    public const string ForwardingNumber = nameof(ForwardingNumber); // "12/MTTQ-BTT"
    public const string DueOn = nameof(DueOn);
    public const string ReplyBy = nameof(ReplyBy);
}
