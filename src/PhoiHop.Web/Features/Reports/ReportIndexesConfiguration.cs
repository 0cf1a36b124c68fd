using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PhoiHop.Features.Calendar;
using PhoiHop.Features.Petitions;

namespace PhoiHop.Features.Reports;

/// <summary>
/// The indexes the letter report needs, kept with the reports that need it (bench/README.md, Reports).
/// <list type="bullet">
/// <item>Letters by receipt date with every column a figure reads: the report reads the period's letters from the index
/// alone. A letter row is about 2 KB (the content) and receipt dates are scattered over the table, so a quarter read
/// from the table meant reading all of it (PostgreSQL, 1M letters: 0.8 s for the aggregate; SQLite 1.4 s for each
/// figure). Its (ReceivedOn, Id) prefix is also the keyset order of the drill-down export.</item>
/// <item>The history by action: the coordination figures on a step taken (reminded, escalated) find the letters that
/// took it without reading the 4.5M steps of a million letters.</item>
/// <item>The tracked time limits of an item by status, with the columns the coordination figures on answers in time
/// test: without it SQLite chooses the (Status, DueDate) index for each letter and reads every met time limit once per
/// letter. RuleCode comes last so that SQLite seeks once per letter and tests the rule in the index, instead of one seek
/// per rule.</item>
/// </list>
/// </summary>
public sealed class ReportIndexesConfiguration : IEntityTypeConfiguration<Petition>, IEntityTypeConfiguration<TrackedDeadline>
{
    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasIndex(p => new
        {
            p.ReceivedOn,
            p.Id,
            p.ReceivingBodyId,
            p.Channel,
            p.Kind,
            p.FieldCode,
            p.Competence,
            p.Flags,
            p.DueOn,
            p.ForwardedToBodyId,
            p.WasAccepted,
            p.WasGuided,
            p.WasFiled,
            p.AnswerRecorded,
            p.ResolvedInTime,
            p.ResolvedLate,
        }).HasDatabaseName("IX_Petitions_Report");
        builder.OwnsMany(p => p.Transitions, t => t.HasIndex(nameof(PetitionTransition.Action), "PetitionId"));
    }

    public void Configure(EntityTypeBuilder<TrackedDeadline> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasIndex(d => new { d.Module, d.ItemId, d.Status, d.CompletedOn, d.DueDate, d.RuleCode })
            .HasDatabaseName("IX_TrackedDeadline_Report");
    }
}
