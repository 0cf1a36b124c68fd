using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace PhoiHop.Infrastructure.Localization;

public static class LocalizationModule
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    public const string CookieName = ".PhoiHop.Culture";

    /// <summary>Vietnamese first; English on request. The choice lives in a cookie, not in server state.</summary>
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = [Vietnamese, English];
            o.SupportedUICultures = [Vietnamese, English];
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider { CookieName = CookieName },
            ];
        });
        return services;
    }

    public static WebApplication MapLocalizationEndpoints(this WebApplication app)
    {
        // A plain form post, so the switch works without JavaScript.
        app.MapPost("/culture", (HttpContext ctx, [Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            var chosen = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Vietnamese;
            ctx.Response.Cookies.Append(CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.MaxValue, IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(Common.LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous();
        return app;
    }
}
