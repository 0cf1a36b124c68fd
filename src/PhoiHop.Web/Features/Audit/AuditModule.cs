namespace PhoiHop.Features.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditChainVerifier>();
        return services;
    }
}
