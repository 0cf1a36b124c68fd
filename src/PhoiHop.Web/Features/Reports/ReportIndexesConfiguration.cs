using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PhoiHop.Features.Petitions;

namespace PhoiHop.Features.Reports;

/// <summary>
/// The index the province's reports need on letters, kept with the reports that need it. The province scope filters on
/// the receipt date alone, and the drill-down export pages by (ReceivedOn, Id) descending: without it every page of
/// 5,000 scanned and sorted the whole table (SQLite, 1M letters: 36 s for a 100k export; bench/README.md, Reports).
/// </summary>
public sealed class ReportIndexesConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> builder) => builder.HasIndex(p => new { p.ReceivedOn, p.Id });
}
