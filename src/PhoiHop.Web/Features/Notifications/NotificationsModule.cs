using PhoiHop.Infrastructure.Jobs;

namespace PhoiHop.Features.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationQueries>();
        services.AddScoped<MailOutboxSender>();
        services.AddHostedService<MailOutboxWorker>();
        services.AddSingleton<IScheduledJob, DailyDigestJob>();
        return services;
    }
}
