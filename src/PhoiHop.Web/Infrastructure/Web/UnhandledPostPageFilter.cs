using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PhoiHop.Infrastructure.Web;

/// <summary>
/// A POST (or any method but GET and HEAD) to a page that has no handler for it (no <c>OnPost</c>, or a
/// <c>?handler=</c> the page does not have) is a 405. Razor Pages would otherwise render the page without running
/// any handler, with a model never loaded, which ended in a NullReferenceException (a 500).
/// </summary>
public sealed class UnhandledPostPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        await next();
    }
}
