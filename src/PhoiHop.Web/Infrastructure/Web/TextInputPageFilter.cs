using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace PhoiHop.Infrastructure.Web;

/// <summary>Normalises every bound form field to NFC and refuses invalid characters with a message on the field.</summary>
public sealed class TextInputPageFilter(IStringLocalizer<SharedResource> localizer) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerInstance is { } page && !HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            foreach (var property in page.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<BindPropertyAttribute>() is null)
                    continue;
                var value = property.GetValue(page);
                if (value is string s)
                {
                    var clean = Common.TextInput.Clean(s);
                    if (clean is null)
                        context.ModelState.AddModelError(property.Name, localizer["Validation.InvalidCharacters"]);
                    else
                        property.SetValue(page, clean);
                    continue;
                }
                foreach (var path in TextInputWalker.CleanInPlace(value, property.Name))
                    context.ModelState.AddModelError(path, localizer["Validation.InvalidCharacters"]);
            }
        }
        await next();
    }
}
