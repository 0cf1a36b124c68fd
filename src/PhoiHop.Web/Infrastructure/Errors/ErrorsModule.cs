using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PhoiHop.Infrastructure.Errors;

public static class ErrorsModule
{
    public static IServiceCollection AddAppErrors(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Outside Development minimal APIs answer a binding failure with a bare 400; throwing lets the handler name the parameter.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>
    /// API requests get RFC 7807 problem details; pages get the error page. Bad input that reaches model binding
    /// (malformed JSON, a wrong type in the query) is a 400 naming the parameter, never a 500.
    /// </summary>
    public static WebApplication UseAppErrors(this WebApplication app)
    {
        // A save that lost a race (DatabaseConflicts) is a 409, on both sides.
        app.UseWhen(ctx => IsApi(ctx.Request), api => api
            .UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = DatabaseConflicts.StatusCodeOf })
            .UseStatusCodePages());
        app.UseWhen(ctx => !IsApi(ctx.Request), pages => pages
            .UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = DatabaseConflicts.StatusCodeOf })
            .UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        return app;
    }

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/open311");

    private sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad)
                return false;
            context.Response.StatusCode = bad.StatusCode;

            // A JSON body that does not fit: name the field by its JSON path ("$.senders[0].idNumber" → "senders[0].idNumber").
            var path = (bad.InnerException as System.Text.Json.JsonException)?.Path;
            var field = string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
            var problem = bad.InnerException is System.Text.Json.JsonException
                ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [$"The value of '{field}' is not valid JSON for this field."] })
                : new ProblemDetails();
            problem.Status = bad.StatusCode;
            problem.Title = "The request is not valid.";
            problem.Detail = bad.Message;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
        }
    }
}
