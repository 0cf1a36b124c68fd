using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PhoiHop.Features.Regulations;

/// <summary>One article with its obligations and links to the previous and next articles.</summary>
public sealed class ArticleModel(RegulationQueries queries, IAuthorizationService auth) : PageModel
{
    public CoordinationRegulation Regulation { get; private set; } = null!;
    public Chapter Chapter { get; private set; } = null!;
    public Article Article { get; private set; } = null!;
    public Article? Previous { get; private set; }
    public Article? Next { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken ct)
    {
        var regulation = await queries.FindReadableAsync(User, id, ct);
        var articles = regulation?.ArticlesInOrder().ToList();
        var index = articles?.FindIndex(a => a.Number == number) ?? -1;
        if (regulation is null || articles is null || index < 0)
            return NotFound();
        Regulation = regulation;
        Article = articles[index];
        Chapter = regulation.Chapters.Single(c => c.Id == Article.ChapterId);
        Previous = index > 0 ? articles[index - 1] : null;
        Next = index + 1 < articles.Count ? articles[index + 1] : null;
        CanEdit = (await auth.AuthorizeAsync(User, regulation, RegulationOperations.Edit)).Succeeded;
        return Page();
    }
}
