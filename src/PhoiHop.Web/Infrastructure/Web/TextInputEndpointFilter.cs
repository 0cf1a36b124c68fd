using System.Reflection;

namespace PhoiHop.Infrastructure.Web;

/// <summary>The API side of <see cref="TextInputPageFilter"/>: a 400 problem naming each field with invalid characters.</summary>
public sealed class TextInputEndpointFilter : IEndpointFilter
{
    private const string Message = "contains characters that are not valid text";
    private const string NotAChoice = "is not one of the allowed values";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>();
        var parameters = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters();
        var services = context.HttpContext.RequestServices.GetService<Microsoft.Extensions.DependencyInjection.IServiceProviderIsService>();
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            var argument = context.Arguments[i];
            var name = parameters is not null && i < parameters.Length ? parameters[i].Name ?? $"arg{i}" : $"arg{i}";
            if (argument is Enum choice)
            {
                // Route and query values bind through Enum.TryParse, which takes any number ("?kind=77") and comma lists
                // ("?kind=Denunciation,Recommendation" is Feedback): as in JSON, only a member's name is taken.
                var raw = context.HttpContext.Request.Query.TryGetValue(name, out var query) ? query.ToString()
                    : context.HttpContext.Request.RouteValues.TryGetValue(name, out var route) ? route?.ToString() : null;
                if (!IsMember(choice) || raw is not null && StrictEnumConverter.Parse(choice.GetType(), raw) is null)
                    errors[name] = [NotAChoice];
                continue;
            }
            if (argument is string s)
            {
                if (Common.TextInput.Clean(s) is null)
                    errors[name] = [Message];
                continue;
            }
            // Only what the client sent: injected services and the user are not input.
            if (argument is null or HttpContext or CancellationToken or System.Security.Claims.ClaimsPrincipal || argument.GetType().IsValueType
                || services?.IsService(argument.GetType()) == true || (parameters is not null && i < parameters.Length && services?.IsService(parameters[i].ParameterType) == true))
                continue;
            foreach (var path in TextInputWalker.CleanInPlace(argument, ""))
                errors[JsonName(path)] = [Message];
        }
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
    }

    /// <summary>
    /// A named member, or for a [Flags] enum a combination of named members: exactly the values whose name
    /// <see cref="Enum.ToString()"/> can write (it writes a number for any other).
    /// </summary>
    internal static bool IsMember(Enum value)
    {
        var name = value.ToString();
        return name.Length > 0 && !char.IsAsciiDigit(name[0]) && name[0] != '-';
    }

    private static string JsonName(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length > 0 ? char.ToLowerInvariant(p[0]) + p[1..] : p));
}
