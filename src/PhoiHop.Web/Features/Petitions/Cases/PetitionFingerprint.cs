using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Petitions.Duplicates;

namespace PhoiHop.Features.Petitions.Cases;

/// <summary>
/// A letter's duplicate fingerprint as stored (<see cref="DuplicateFingerprint.ToBytes"/>), so that a node starting up
/// rebuilds its index with one sequential read instead of re-reading every text and decrypting every sender. It holds
/// hashes only: the senders' names and addresses are keyed with Protection:IndexKey before they are hashed
/// (<see cref="PetitionSenders.Fingerprint"/>), so nobody without the key can test a name against it. Rows of another
/// <see cref="Algorithm"/> or made under another index key (<see cref="KeyTag"/>) are recomputed at start.
/// </summary>
public sealed class PetitionFingerprint : IDerivedRow
{
    private PetitionFingerprint()
    {
    }

    public PetitionFingerprint(Guid petitionId, int keyTag, DuplicateFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        PetitionId = petitionId;
        Algorithm = DuplicateFingerprint.Algorithm;
        KeyTag = keyTag;
        Bytes = fingerprint.ToBytes();
    }

    public Guid PetitionId { get; private set; }

    public int Algorithm { get; private set; }

    public int KeyTag { get; private set; }

    public byte[] Bytes { get; private set; } = [];
}

internal sealed class PetitionFingerprintConfiguration : IEntityTypeConfiguration<PetitionFingerprint>
{
    public void Configure(EntityTypeBuilder<PetitionFingerprint> b)
    {
        b.ToTable("PetitionFingerprints");
        b.HasKey(x => x.PetitionId);
        b.Property(x => x.Bytes).HasMaxLength(64 * 1024);
        b.HasOne<Petition>().WithOne().HasForeignKey<PetitionFingerprint>(x => x.PetitionId).OnDelete(DeleteBehavior.Cascade);
    }
}
