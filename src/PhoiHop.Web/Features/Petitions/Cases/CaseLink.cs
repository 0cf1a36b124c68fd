using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Features.Petitions.Cases;

public enum CaseLinkDecision
{
    /// <summary>Cùng vụ việc: the letter joins the other letter's matter.</summary>
    SameMatter = 0,

    /// <summary>Khác vụ việc: the candidate is not shown for this letter again.</summary>
    Different = 1,
}

/// <summary>
/// A handler's judgement on a duplicate candidate (issue #5): the letter of their body and the other letter, at any body,
/// that the matcher proposed. "Same matter" moves the letter's whole matter into the other one and records what it
/// moved, so that the judgement can be undone exactly; both judgements are audited like every row.
/// </summary>
public sealed class CaseLink
{
    public const int ReasonsLength = 1000;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PetitionId { get; private set; }
    public Guid OtherPetitionId { get; private set; }
    public CaseLinkDecision Decision { get; private set; }

    /// <summary>The matcher's score and reasons when the handler judged, as they saw them.</summary>
    public double Score { get; private set; }

    public string Reasons { get; private set; } = "";
    public Guid DecidedById { get; private set; }
    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>Same matter: the matter the letters left, the one they joined, and which letters moved.</summary>
    public Guid? FromCaseId { get; private set; }

    public Guid? ToCaseId { get; private set; }
    public string MovedPetitionIds { get; private set; } = "";

    /// <summary>The letter's link and flags before, restored on undo.</summary>
    public Guid? PreviousDuplicateOfId { get; private set; }

    public PetitionFlags PreviousFlags { get; private set; }
    public DateTimeOffset? UndoneAt { get; private set; }
    public Guid? UndoneById { get; private set; }

    public bool IsActive => UndoneAt is null;

    private CaseLink() { }

    public static CaseLink Different(Petition petition, Petition other, double score, string reasons, Guid by, DateTimeOffset now) =>
        new()
        {
            PetitionId = petition.Id,
            OtherPetitionId = other.Id,
            Decision = CaseLinkDecision.Different,
            Score = score,
            Reasons = Trim(reasons),
            DecidedById = by,
            DecidedAt = now,
            PreviousDuplicateOfId = petition.DuplicateOfId,
            PreviousFlags = petition.Flags,
        };

    public static CaseLink SameMatter(Petition petition, Petition other, Guid fromCase, Guid toCase, IEnumerable<Guid> moved,
        double score, string reasons, Guid by, DateTimeOffset now) =>
        new()
        {
            PetitionId = petition.Id,
            OtherPetitionId = other.Id,
            Decision = CaseLinkDecision.SameMatter,
            Score = score,
            Reasons = Trim(reasons),
            DecidedById = by,
            DecidedAt = now,
            FromCaseId = fromCase,
            ToCaseId = toCase,
            MovedPetitionIds = string.Join(',', moved),
            PreviousDuplicateOfId = petition.DuplicateOfId,
            PreviousFlags = petition.Flags,
        };

    public IReadOnlyList<Guid> Moved => [.. MovedPetitionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];

    public void Undo(Guid by, DateTimeOffset now)
    {
        UndoneAt = now;
        UndoneById = by;
    }

    private static string Trim(string reasons) => Common.TextInput.Cut(reasons, ReasonsLength);
}

internal sealed class CaseLinkConfiguration : IEntityTypeConfiguration<CaseLink>
{
    public void Configure(EntityTypeBuilder<CaseLink> b)
    {
        b.ToTable("PetitionCaseLinks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Reasons).HasMaxLength(CaseLink.ReasonsLength);
        // A matter rarely holds more than a handful of letters; 40 ids with their commas fit.
        b.Property(x => x.MovedPetitionIds).HasMaxLength(4000);
        b.Property(x => x.PreviousFlags).HasMaxLength(PetitionConfiguration.FlagsLength);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.PetitionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.OtherPetitionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.DecidedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PetitionId);
        b.HasIndex(x => x.OtherPetitionId);
        b.Ignore(x => x.IsActive);
        b.Ignore(x => x.Moved);
    }
}
