namespace PhoiHop.Features.Regulations;

public static class RegulationsModule
{
    public static IServiceCollection AddRegulations(this IServiceCollection services)
    {
        services.AddScoped<RegulationQueries>();
        services.AddScoped<RegulationEditor>();
        return services;
    }
}
