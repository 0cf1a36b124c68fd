using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PhoiHop.Features.Regulations;

internal sealed class CoordinationRegulationConfiguration : IEntityTypeConfiguration<CoordinationRegulation>
{
    public void Configure(EntityTypeBuilder<CoordinationRegulation> b)
    {
        b.ToTable("Regulations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(60);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasOne(x => x.Term).WithMany().HasForeignKey(x => x.TermId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CoordinationRegulation>().WithMany().HasForeignKey(x => x.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Parties).WithOne().HasForeignKey(p => p.RegulationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Chapters).WithOne().HasForeignKey(c => c.RegulationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TermId, x.Number }).IsUnique();
        b.Property(x => x.Revision).IsConcurrencyToken();
    }
}

internal sealed class RegulationPartyConfiguration : IEntityTypeConfiguration<RegulationParty>
{
    public void Configure(EntityTypeBuilder<RegulationParty> b)
    {
        b.HasKey(x => new { x.RegulationId, x.BodyId });
        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChapterConfiguration : IEntityTypeConfiguration<Chapter>
{
    public void Configure(EntityTypeBuilder<Chapter> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(500);
        b.HasMany(x => x.Articles).WithOne().HasForeignKey(a => a.ChapterId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegulationId, x.Number }).IsUnique();
    }
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Text).HasMaxLength(20000);
        b.HasMany(x => x.Obligations).WithOne().HasForeignKey(o => o.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasOne(x => x.ResponsibleBody).WithMany().HasForeignKey(x => x.ResponsibleBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PartnerBody).WithMany().HasForeignKey(x => x.PartnerBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}
