using Microsoft.Extensions.Options;

namespace PhoiHop.Infrastructure.Security;

public static class SecurityModule
{
    /// <summary>
    /// Field encryption and blind indexes for personal data (<see cref="PersonalDataCipher"/>), keyed from
    /// <c>Protection:*</c>. Outside Production, a machine with no keys configured gets generated ones under data/,
    /// with a warning; in Production the start fails until keys are configured.
    /// </summary>
    public static IServiceCollection AddPersonalDataProtection(this IServiceCollection services)
    {
        services.AddOptions<ProtectionOptions>()
            .BindConfiguration(ProtectionOptions.Section)
            .PostConfigure<IHostEnvironment, ILoggerFactory>((options, environment, logs) =>
            {
                if (!options.IsEmpty || environment.IsProduction())
                    return;
                var folder = AppDataDirectory.Of(environment);
                var generated = DevelopmentProtectionKeys.LoadOrCreate(folder);
                options.Keys = generated.Keys;
                options.CurrentKey = generated.CurrentKey;
                options.IndexKey = generated.IndexKey;
                logs.CreateLogger(typeof(SecurityModule)).LogWarning(
                    "Personal data is protected with development keys from {KeyFile}: without that file, protected fields cannot be read. "
                    + "Configure Protection:Keys, Protection:CurrentKey and Protection:IndexKey before entering real data.",
                    Path.Combine(folder, DevelopmentProtectionKeys.FileName));
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProtectionOptions>, ProtectionOptionsValidator>();
        services.AddSingleton<PersonalDataCipher>();
        return services;
    }
}
