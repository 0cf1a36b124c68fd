namespace PhoiHop.Features.Organizations;

public static class OrganizationsModule
{
    public static IServiceCollection AddOrganizations(this IServiceCollection services)
    {
        services.AddScoped<AdministrativeUnitImporter>();
        services.AddScoped<Staff.StaffAdmin>();
        services.AddScoped<Infrastructure.Data.Seed.DemoProvinceSeeder>();
        return services;
    }
}
