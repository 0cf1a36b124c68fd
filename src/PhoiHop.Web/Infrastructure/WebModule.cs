using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using PhoiHop.Features.Calendar;
using PhoiHop.Features.Organizations;
using PhoiHop.Features.Petitions;
using PhoiHop.Features.Petitions.Cases;
using PhoiHop.Features.Regulations;
using PhoiHop.Features.Reports;
using PhoiHop.Features.Search;
using PhoiHop.Infrastructure.Web;
using Scalar.AspNetCore;

namespace PhoiHop.Infrastructure;

public static class WebModule
{
    public const int MaxFormValueLength = 64 * 1024;

    public static IServiceCollection AddAppWeb(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AllowAnonymousToFolder("/Account/Public");
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToFolder("/Petitions/Portal");
                // The body form serves creation too (no code yet).
                o.Conventions.AddPageRoute("/Organizations/EditBody", "/Organizations/Bodies/New");
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<UnhandledPostPageFilter>();
                o.Filters.Add<TextInputPageFilter>();
                o.ModelBinderProviders.Insert(0, new StrictEnumModelBinderProvider());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) =>
                factory.Create(typeof(SharedResource)));

        // Model-binding messages ("the value 'abc' is not valid") in the user's language too.
        services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
        {
            var L = factory.Create(typeof(SharedResource));
            var m = o.ModelBindingMessageProvider;
            m.SetValueIsInvalidAccessor(v => L["Binding.ValueIsInvalid", v]);
            m.SetValueMustBeANumberAccessor(f => L["Binding.ValueMustBeANumber", f]);
            m.SetAttemptedValueIsInvalidAccessor((v, f) => L["Binding.AttemptedValueIsInvalid", v, f]);
            m.SetMissingBindRequiredValueAccessor(f => L["Binding.MissingBindRequiredValue", f]);
            m.SetValueMustNotBeNullAccessor(f => L["Binding.ValueMustNotBeNull", f]);
            m.SetUnknownValueIsInvalidAccessor(f => L["Binding.UnknownValueIsInvalid", f]);
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => L["Binding.NonPropertyAttemptedValueIsInvalid", v]);
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => L["Validation.UnknownChoice"]);
            m.SetNonPropertyValueMustBeANumberAccessor(() => L["Binding.ValueMustBeANumber", "?"]);
            m.SetMissingKeyOrValueAccessor(() => L["Validation.UnknownChoice"]);
            m.SetMissingRequestBodyRequiredValueAccessor(() => L["Validation.UnknownChoice"]);
        });

        // Vietnamese letters go into pages as they are, not as &#x…; entities (HTML-significant characters stay encoded).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = MaxFormValueLength;
            o.ValueCountLimit = 2048;
        });
        services.ConfigureHttpJsonOptions(o =>
        {
            // Names only, one per value unless the enum is [Flags]: "kind": 77 or "Complaint,Denunciation" is a 400.
            o.SerializerOptions.Converters.Add(new Web.StrictEnumConverter());
            o.SerializerOptions.MaxDepth = 32;
            // Vietnamese letters as they are, not \u escapes; HTML-significant characters stay escaped.
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "PhoiHop API";
                doc.Info.Description = "Nền tảng phối hợp công tác — coordination platform of the Front, the People's Council, the People's Committee and the National Assembly Delegation.";
                return Task.CompletedTask;
            });
            // The schema exporter knows System.Text.Json's enum converter, not StrictEnumConverter: say what it reads
            // and writes, the members' names (a [Flags] value: names separated by ", ").
            o.AddSchemaTransformer((schema, context, _) =>
            {
                var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
                if (type.IsEnum)
                {
                    schema.Type = Microsoft.OpenApi.JsonSchemaType.String;
                    if (!type.IsDefined(typeof(FlagsAttribute), inherit: false))
                        schema.Enum = [.. Enum.GetNames(type).Select(n => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(n))];
                }
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication UseAppSecurityHeaders(this WebApplication app)
    {
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            if (!ctx.Request.Path.StartsWithSegments("/api/docs"))
                h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            await next();
        });
        return app;
    }

    public static WebApplication MapAppHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }

    public static WebApplication MapAppApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("PhoiHop API")).AllowAnonymous();

        var api = app.MapGroup("/api/v1").AddEndpointFilter<TextInputEndpointFilter>();
        api.MapOrganizationsApi();
        api.MapRegulationsApi();
        api.MapPetitionsApi();
        api.MapPetitionFilesApi();
        api.MapSearchApi();
        api.MapCasesApi();
        api.MapCalendarApi();
        api.MapReportsApi();
        api.MapCoordinationReportApi();
        app.MapOpen311();
        return app;
    }
}
