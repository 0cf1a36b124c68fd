using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PhoiHop.Features.Reports;

public sealed class ReportExportConfiguration : IEntityTypeConfiguration<ReportExport>
{
    public void Configure(EntityTypeBuilder<ReportExport> builder)
    {
        builder.ToTable("ReportExports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Figure).HasMaxLength(64);
        builder.Property(e => e.BodyCode).HasMaxLength(64);
        builder.Property(e => e.FileName).HasMaxLength(200);
        builder.Property(e => e.ClaimedBy).HasMaxLength(200);
        builder.Property(e => e.Error).HasMaxLength(2000);
        builder.Ignore(e => e.IsPending);
        builder.Ignore(e => e.StoredPath);
        // The worker looks for the oldest queued job; the page for a person's jobs.
        builder.HasIndex(e => new { e.Status, e.CreatedAt });
        builder.HasIndex(e => new { e.OwnerId, e.CreatedAt });
    }
}
