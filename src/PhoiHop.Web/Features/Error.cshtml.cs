using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace PhoiHop.Features;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string? TraceId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        // A re-executed POST whose form cannot be read (too long, NUL) binds no code: keep the status already set.
        // After an exception, the status its handler chose (409 for a save that lost a race, else 500).
        var status = code ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
            ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is { } failed ? Infrastructure.Errors.DatabaseConflicts.StatusCodeOf(failed.Error) : 500);
        if (status is < 400 or > 599)
            status = 500;
        Response.StatusCode = status;
        var key = status switch
        {
            400 => "400",
            403 => "403",
            404 => "404",
            409 => "409",
            _ => status >= 500 ? "500" : "400",
        };
        Title = localizer[$"Error.{key}.Title"];
        Message = localizer[$"Error.{key}.Message"];
        TraceId = status >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
    }
}
