namespace PhoiHop.Features.Petitions;

public static class PetitionsModule
{
    public static IServiceCollection AddPetitions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.AddSingleton<PortalRateLimits>();
        services.AddScoped<PetitionQueries>();
        services.AddScoped<Cases.CaseLinks>();
        services.AddScoped<Cases.CaseView>();
        services.AddScoped<Cases.DuplicateMatcher>();
        services.AddSingleton<Cases.DuplicateIndexHost>();
        services.AddHostedService(sp => sp.GetRequiredService<Cases.DuplicateIndexHost>());
        services.AddScoped<PetitionSenders>();
        services.AddScoped<SenderUnits>();
        services.AddScoped<PetitionDeadlines>();
        services.AddScoped<PhoiHop.Features.Calendar.IDueDateCopy, PetitionDueDates>();
        services.AddScoped<PetitionIntake>();
        services.AddScoped<Inbox.PetitionInbox>();
        services.AddSingleton<Inbox.PetitionInboxSignal>();
        services.AddHostedService<Inbox.PetitionInboxWorker>();
        services.AddHealthChecks().AddCheck<Inbox.PetitionInboxHealthCheck>("petition-inbox", tags: ["ready"]);
        services.AddScoped<PetitionHandling>();
        services.AddScoped<PetitionReader>();
        services.AddScoped<CitizenPortal>();
        services.AddScoped<PetitionAttachments>();
        services.AddScoped<PetitionDocuments>();
        services.AddScoped<DemoPetitionSeeder>();
        services.AddScoped<ProtectedDataRotation>();
        return services;
    }
}
