using PhoiHop.Infrastructure.Files;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// A file that came with a letter or was added to it (evidence, the signed scan of an outgoing document). The bytes are
/// in the content-addressed <see cref="FileStore"/>, outside the web root, checked by content and named by their SHA-256.
/// </summary>
public sealed class PetitionAttachment
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PetitionId { get; private set; }
    public string Hash { get; private set; } = "";
    public long Length { get; private set; }
    public AttachmentType Type { get; private set; }
    public string FileName { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>The staff member who added it; null for the citizen on the portal.</summary>
    public Guid? AddedBy { get; private set; }

    /// <summary>The outgoing document this file is the signed scan of, if any.</summary>
    public Guid? DocumentId { get; private set; }

    private PetitionAttachment() { }

    public PetitionAttachment(Guid petitionId, StoredFile file, InspectedAttachment inspected, Guid? addedBy, DateTimeOffset addedAt, Guid? documentId = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(inspected);
        PetitionId = petitionId;
        Hash = file.Hash;
        Length = file.Length;
        Type = inspected.Type;
        FileName = inspected.FileName;
        AddedBy = addedBy;
        AddedAt = addedAt;
        DocumentId = documentId;
    }

    /// <summary>The same file, for the copy of a forwarded letter.</summary>
    public PetitionAttachment CopyFor(Guid petitionId, DateTimeOffset at) => new()
    {
        PetitionId = petitionId,
        Hash = Hash,
        Length = Length,
        Type = Type,
        FileName = FileName,
        AddedBy = AddedBy,
        AddedAt = at,
    };
}
