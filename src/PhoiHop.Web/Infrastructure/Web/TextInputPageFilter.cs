using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;

namespace PhoiHop.Infrastructure.Web;

/// <summary>
/// Normalises every posted text, whether bound to a page property or to a handler parameter, to NFC and refuses
/// invalid characters with a message on the field.
/// </summary>
public sealed class TextInputPageFilter(IStringLocalizer<SharedResource> localizer) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerInstance is { } page)
        {
            var message = localizer["Validation.InvalidCharacters"];
            var isGet = HttpMethods.IsGet(context.HttpContext.Request.Method);
            foreach (var property in page.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<BindPropertyAttribute>() is not { } bind)
                    continue;
                // A GET filter with invalid characters is dropped (no filter), never sent to the database.
                if (isGet && bind.SupportsGet && property.PropertyType == typeof(string) && property.GetValue(page) is string s && TextInput.Clean(s) is null)
                    property.SetValue(page, null);
                else if (!isGet)
                    Clean(context.ModelState, property.Name, property.GetValue(page), clean => property.SetValue(page, clean), message);
            }
            foreach (var (name, value) in context.HandlerArguments.ToList())
                Clean(context.ModelState, name, value, clean => context.HandlerArguments[name] = clean, message);
        }
        await next();
    }

    private static void Clean(ModelStateDictionary modelState, string name, object? value, Action<string> replace, string message)
    {
        if (value is string s)
        {
            if (TextInput.Clean(s) is { } clean)
                replace(clean);
            else
                modelState.AddModelError(name, message);
            return;
        }
        foreach (var path in TextInputWalker.CleanInPlace(value, name))
            modelState.AddModelError(path, message);
    }
}
