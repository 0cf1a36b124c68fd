using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Account;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Organizations;
using PhoiHop.Features.Petitions;
using PhoiHop.Features.Regulations;

namespace PhoiHop.Infrastructure.Data;

/// <summary>
/// The one unit of work and repository (STYLE.md 3.7). Each provider has a thin subclass so that SQLite and
/// PostgreSQL keep their own migrations in one project.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<AdministrativeUnit> AdministrativeUnits => Set<AdministrativeUnit>();
    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<Term> Terms => Set<Term>();
    public DbSet<Deputy> Deputies => Set<Deputy>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<CoordinationRegulation> Regulations => Set<CoordinationRegulation>();
    public DbSet<Chapter> Chapters => Set<Chapter>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Obligation> Obligations => Set<Obligation>();
    public DbSet<Petition> Petitions => Set<Petition>();
    public DbSet<PetitionCase> PetitionCases => Set<PetitionCase>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Ids are Guid v7 made by the entities themselves. Without this, EF takes an entity with an id for one that
        // already exists, and a child added to a loaded aggregate becomes an UPDATE of nothing.
        foreach (var key in builder.Model.GetEntityTypes().Select(t => t.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            if (key.Properties is [{ ClrType: var type } property] && type == typeof(Guid))
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }
        builder.Entity<IdentityUserToken<Guid>>().Property(t => t.Value).HasAnnotation(AuditInterceptor.RedactedAnnotation, true);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names: readable in SQL, stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(48);
    }
}
