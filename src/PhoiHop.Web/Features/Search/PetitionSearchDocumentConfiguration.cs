using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PhoiHop.Features.Petitions;

namespace PhoiHop.Features.Search;

public sealed class PetitionSearchDocumentConfiguration : IEntityTypeConfiguration<PetitionSearchDocument>
{
    public void Configure(EntityTypeBuilder<PetitionSearchDocument> builder)
    {
        var b = builder;
        b.ToTable("PetitionSearchDocuments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.HasIndex(x => x.PetitionId).IsUnique();
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.PetitionId).OnDelete(DeleteBehavior.Cascade);
    }
}
