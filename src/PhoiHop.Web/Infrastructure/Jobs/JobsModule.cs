namespace PhoiHop.Infrastructure.Jobs;

public static class JobsModule
{
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services)
    {
        services.AddSingleton<ScheduledJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledJobRunner>());
        return services;
    }
}
