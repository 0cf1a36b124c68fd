using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PhoiHop.Infrastructure.Jobs;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.HasKey(x => new { x.Job, x.Slot });
        b.Property(x => x.Job).HasMaxLength(100);
        b.Property(x => x.Node).HasMaxLength(200);
        b.Property(x => x.Outcome).HasMaxLength(2000);
    }
}
