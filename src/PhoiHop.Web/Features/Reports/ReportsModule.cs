namespace PhoiHop.Features.Reports;

public static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<PetitionStatistics>();
        services.AddScoped<ReportAccess>();
        services.AddScoped<ReportExports>();
        services.AddScoped<PetitionDashboard>();
        services.AddScoped<ReportExportJobs>();
        services.AddScoped<CoordinationReport>();
        services.AddScoped<CoordinationExports>();
        services.AddHostedService<ReportExportWorker>();
        return services;
    }
}
