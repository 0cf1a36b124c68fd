using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PhoiHop.Features.Calendar;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> b)
    {
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
        b.Property(x => x.Notice).HasMaxLength(500);
        b.Property(x => x.ConfirmedBy).HasMaxLength(256);
        b.HasMany(x => x.Entries).WithOne().HasForeignKey(e => e.Year).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarEntryConfiguration : IEntityTypeConfiguration<CalendarEntry>
{
    public void Configure(EntityTypeBuilder<CalendarEntry> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.LegalBasis).HasMaxLength(500);
        b.HasIndex(x => x.Date).IsUnique();
    }
}

internal sealed class TrackedDeadlineConfiguration : IEntityTypeConfiguration<TrackedDeadline>
{
    public void Configure(EntityTypeBuilder<TrackedDeadline> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Module).HasMaxLength(40);
        b.Property(x => x.ItemId).HasMaxLength(64);
        b.Property(x => x.RuleCode).HasMaxLength(80);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Link).HasMaxLength(500);
        b.Property(x => x.Pauses).HasMaxLength(4000);
        b.Property(x => x.Explanation).HasMaxLength(20000);
        // A deadline met or cancelled by a step is never written afterwards by work that read it while it was open (a
        // calendar change moving due dates, the hourly reminders): their save fails and they run again on fresh rows.
        // The report's resolution marks (Petition.ResolvedInTime) were decided on the due date the step saw.
        b.Property(x => x.Status).IsConcurrencyToken();
        b.HasIndex(x => new { x.Module, x.ItemId, x.RuleCode }).IsUnique();
        b.HasIndex(x => new { x.Status, x.DueDate });
        b.HasIndex(x => new { x.BodyId, x.Status });
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> b)
    {
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.DeadlineId);
        b.HasOne<TrackedDeadline>().WithMany().HasForeignKey(x => x.DeadlineId).OnDelete(DeleteBehavior.Cascade);
    }
}
