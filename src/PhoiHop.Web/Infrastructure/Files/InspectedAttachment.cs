namespace PhoiHop.Infrastructure.Files;

/// <summary>An accepted attachment: its type as read from its content, the name to show, and its size in bytes.</summary>
public sealed record InspectedAttachment(AttachmentType Type, string FileName, long Length)
{
    public string ContentType => Type.ContentType();
}
