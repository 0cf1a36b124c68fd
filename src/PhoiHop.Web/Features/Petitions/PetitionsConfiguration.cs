using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Features.Petitions;

public sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public const int SubjectLength = 500;
    public const int ContentLength = 50_000;
    public const int NoteLength = 4000;
    public const int PlaceLength = 500;

    /// <summary>Every flag named, comma-separated, fits (the enum convention's 48 characters held three).</summary>
    public const int FlagsLength = 200;
    public const int TrackingCodeLength = 20;

    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        var b = builder;
        b.HasKey(x => x.Id);
        b.Property(x => x.TrackingCode).HasMaxLength(TrackingCodeLength);
        b.HasIndex(x => x.TrackingCode).IsUnique();
        b.Property(x => x.Subject).HasMaxLength(SubjectLength);
        b.Property(x => x.Flags).HasMaxLength(FlagsLength);
        b.Property(x => x.Content).HasMaxLength(ContentLength);
        b.Property(x => x.FieldCode).HasMaxLength(40);
        b.Property(x => x.ForwardingRecommendation).HasMaxLength(NoteLength);
        b.Property(x => x.AnswerSummary).HasMaxLength(NoteLength);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.CitizenSecretHash).HasMaxLength(64).HasAnnotation(Audit.AuditInterceptor.RedactedAnnotation, true);
        b.Property(x => x.Place).HasMaxLength(PlaceLength);
        b.HasOne<PetitionCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.ReceivingBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.ForwardedToBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.ForwardedFromId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.SplitFromId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.AssigneeId).OnDelete(DeleteBehavior.Restrict);

        // The work queues: a body's letters by status and date, a person's, a case's.
        b.HasIndex(x => new { x.ReceivingBodyId, x.Status, x.ReceivedOn });
        // DueOn last: the deadline queues sorted by date received walk this index and test the due date in it, without
        // reading the letters they skip (0.28 s → ms at a million letters).
        b.HasIndex(x => new { x.ReceivingBodyId, x.ReceivedOn, x.Id, x.DueOn });
        b.HasIndex(x => new { x.AssigneeId, x.Status });
        // A case's letters, and "may this body read the letter": another letter of its matter received by the body
        // (PetitionQueries.Readable). Both columns, so that SQLite without statistics does not answer that EXISTS by
        // walking every letter of the body (184 s for a search of 2,000 candidates at 100k letters; 19 ms with it).
        b.HasIndex(x => new { x.CaseId, x.ReceivingBodyId });
        // The deadline queues (overdue, due soon, sort by due date) count and page by due date within a body; without it
        // they read every letter of the body (bench/README.md, issue #4). ReceivedOn last: the overdue queue sorted by date
        // received (its default) orders its page's keys from this index alone, without reading the letters (SQLite, 1M
        // letters: 16k overdue of 580k, 116 → 11 ms).
        b.HasIndex(x => new { x.ReceivingBodyId, x.DueOn, x.Id, x.ReceivedOn });
        // The duplicate index of every node reads the letters registered since it last looked.
        b.HasIndex(x => x.RegisteredAt);

        b.Ignore(x => x.CanResolve);
        b.Ignore(x => x.Track);
        b.Ignore(x => x.IsFinal);
        b.Ignore(x => x.HasBeenGuided);
        b.Ignore(x => x.HasBeenForwarded);

        b.OwnsMany(x => x.Transitions, t =>
        {
            t.ToTable("PetitionTransitions");
            t.WithOwner().HasForeignKey("PetitionId");
            t.Property(x => x.Sequence).ValueGeneratedNever();
            t.HasKey("PetitionId", nameof(PetitionTransition.Sequence));
            t.Property(x => x.ActorName).HasMaxLength(200);
            t.Property(x => x.Reason).HasMaxLength(NoteLength);
        });
        b.Navigation(x => x.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_transitions");
    }
}

internal sealed class PetitionCaseConfiguration : IEntityTypeConfiguration<PetitionCase>
{
    public void Configure(EntityTypeBuilder<PetitionCase> b)
    {
        b.ToTable("PetitionCases");
        b.HasKey(x => x.Id);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.LeadBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PetitionSenderConfiguration : IEntityTypeConfiguration<PetitionSender>
{
    public void Configure(EntityTypeBuilder<PetitionSender> b)
    {
        b.ToTable("PetitionSenders");
        b.HasKey(x => x.Id);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.PetitionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PetitionId, x.Order }).IsUnique();
        b.HasIndex(x => x.IdNumberIndex);
        b.HasIndex(x => x.PhoneIndex);
        b.Property(x => x.AdministrativeUnitCode).HasMaxLength(PetitionSubmissionValidator.UnitCodeLength);
        b.HasIndex(x => x.AdministrativeUnitCode);
        foreach (var p in new[] { nameof(PetitionSender.FullNameProtected), nameof(PetitionSender.IdNumberProtected), nameof(PetitionSender.PhoneProtected), nameof(PetitionSender.AddressProtected) })
            b.Property(p).HasMaxLength(2000).HasAnnotation(Audit.AuditInterceptor.RedactedAnnotation, true);
        b.Property(x => x.IdNumberIndex).HasMaxLength(64).HasAnnotation(Audit.AuditInterceptor.RedactedAnnotation, true);
        b.Property(x => x.PhoneIndex).HasMaxLength(64).HasAnnotation(Audit.AuditInterceptor.RedactedAnnotation, true);
    }
}

internal sealed class IdentityRevealConfiguration : IEntityTypeConfiguration<IdentityReveal>
{
    public void Configure(EntityTypeBuilder<IdentityReveal> b)
    {
        b.ToTable("PetitionIdentityReveals");
        b.HasKey(x => x.Id);
        b.Property(x => x.Reason).HasMaxLength(PetitionConfiguration.NoteLength);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.PetitionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PetitionId);
    }
}

internal sealed class CitizenMessageConfiguration : IEntityTypeConfiguration<CitizenMessage>
{
    public void Configure(EntityTypeBuilder<CitizenMessage> b)
    {
        b.ToTable("PetitionCitizenMessages");
        b.HasKey(x => x.Id);
        b.Property(x => x.Text).HasMaxLength(CitizenMessage.MaxLength);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.PetitionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PetitionId, x.At });
    }
}

internal sealed class PetitionAttachmentConfiguration : IEntityTypeConfiguration<PetitionAttachment>
{
    public void Configure(EntityTypeBuilder<PetitionAttachment> b)
    {
        b.ToTable("PetitionAttachments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.PetitionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OutgoingDocument>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PetitionId);
    }
}

internal sealed class OutgoingDocumentConfiguration : IEntityTypeConfiguration<OutgoingDocument>
{
    public void Configure(EntityTypeBuilder<OutgoingDocument> b)
    {
        b.ToTable("PetitionDocuments");
        b.HasKey(x => x.Id);
        b.Property(x => x.NumberAndSymbol).HasMaxLength(60);
        b.Property(x => x.TemplateCode).HasMaxLength(60);
        b.Property(x => x.FieldsProtected).HasMaxLength(200_000).HasAnnotation(Audit.AuditInterceptor.RedactedAnnotation, true);
        b.Property(x => x.SignerAuthority).HasMaxLength(200);
        b.Property(x => x.SignerPosition).HasMaxLength(200);
        b.Property(x => x.SignerName).HasMaxLength(200);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.PetitionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);

        // The body's register: one number per year, never twice.
        b.HasIndex(x => new { x.BodyId, x.Year, x.Number }).IsUnique();
        b.HasIndex(x => x.PetitionId);
    }
}
