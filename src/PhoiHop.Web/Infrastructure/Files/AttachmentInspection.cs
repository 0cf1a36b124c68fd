using System.Diagnostics.CodeAnalysis;
using PhoiHop.Common;

namespace PhoiHop.Infrastructure.Files;

/// <summary>The outcome of <see cref="AttachmentInspector.InspectAsync"/>: the accepted attachment, or why it was refused.</summary>
public readonly record struct AttachmentInspection
{
    private AttachmentInspection(InspectedAttachment? attachment, DomainError? error) => (Attachment, Error) = (attachment, error);

    public InspectedAttachment? Attachment { get; }

    public DomainError? Error { get; }

    [MemberNotNullWhen(true, nameof(Attachment))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsAccepted => Attachment is not null;

    public static AttachmentInspection Accepted(InspectedAttachment attachment) => new(attachment, null);

    public static implicit operator AttachmentInspection(DomainError error) => new(null, error);
}
