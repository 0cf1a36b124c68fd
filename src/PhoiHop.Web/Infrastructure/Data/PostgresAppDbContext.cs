using Microsoft.EntityFrameworkCore;

namespace PhoiHop.Infrastructure.Data;

/// <summary>The production database.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}
