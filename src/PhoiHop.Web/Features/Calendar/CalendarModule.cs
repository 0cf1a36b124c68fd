using PhoiHop.Infrastructure.Jobs;

namespace PhoiHop.Features.Calendar;

public static class CalendarModule
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CalendarStore>();
        services.AddScoped<DeadlineTracker>();
        services.AddScoped<DeadlineQueries>();
        services.AddSingleton<IScheduledJob, ReminderJob>();
        return services;
    }
}
