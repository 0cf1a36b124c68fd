using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Search;

public static class SearchModule
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddSingleton<SearchDocuments>();
        services.AddSingleton<SearchDocumentsInterceptor>();
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.PostgreSQL
            ? new PostgresSearchIndex()
            : new SqliteSearchIndex());
        services.AddScoped<PetitionSearch>();
        services.AddScoped<SearchRebuild>();
        services.AddSingleton<SearchBackfill>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchBackfill>());
        return services;
    }
}
