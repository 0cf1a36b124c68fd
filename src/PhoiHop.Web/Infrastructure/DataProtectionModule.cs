using Microsoft.AspNetCore.DataProtection;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Infrastructure;

public static class DataProtectionModule
{
    /// <summary>Keys live in the database so that every node can read every other node's cookies.</summary>
    public static IServiceCollection AddAppDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("PhoiHop").PersistKeysToDbContext<AppDbContext>();
        return services;
    }
}
