using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PhoiHop.Features.Petitions.Portal;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
