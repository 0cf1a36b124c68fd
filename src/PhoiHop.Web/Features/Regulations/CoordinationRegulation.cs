using PhoiHop.Common;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Features.Regulations;

/// <summary>
/// A coordination regulation (quy chế phối hợp) signed by the Front and another body for one term
/// (RULES.md 11.2): its parties, chapters, articles and the obligations drawn from them.
/// </summary>
public sealed class CoordinationRegulation
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    // Số, ký hiệu of the signed regulation, e.g. "01/QCPH-HĐND-MTTQ".
    public string Number { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? Summary { get; private set; }
    public Guid TermId { get; private set; }
    public Term Term { get; private set; } = null!;
    public DateOnly? SignedOn { get; private set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public RegulationStatus Status { get; private set; }
    public int Version { get; private set; } = 1;

    /// <summary>
    /// Every change of the regulation or of its chapters, articles and obligations counts one more (a concurrency
    /// token): of two editors who add an article at the same moment, the second is told the text changed meanwhile,
    /// instead of both articles getting the same number.
    /// </summary>
    public int Revision { get; private set; }
    public Guid? SupersedesId { get; private set; }

    // The real texts are not public here: seeded texts are written for the demo and flagged so the UI says so.
    public bool IsIllustrativeText { get; private set; }

    public List<RegulationParty> Parties { get; private set; } = [];
    public List<Chapter> Chapters { get; private set; } = [];

    private CoordinationRegulation() { }

    public static CoordinationRegulation Draft(string number, string title, Term term, IReadOnlyList<Body> parties, string? summary = null)
    {
        var regulation = new CoordinationRegulation
        {
            Number = number.Trim(),
            Title = title.Trim(),
            Summary = summary,
            Term = term,
            TermId = term.Id,
            Status = RegulationStatus.Draft,
        };
        regulation.SetParties(parties);
        return regulation;
    }

    public bool HasParty(Guid bodyId) => Parties.Any(p => p.BodyId == bodyId);

    public void Describe(string number, string title, string? summary, Term term)
    {
        summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        if (Number == number.Trim() && Title == title.Trim() && Summary == summary && TermId == term.Id)
            return;
        Revised();
        Number = number.Trim();
        Title = title.Trim();
        Summary = summary;
        Term = term;
        TermId = term.Id;
    }

    public void SetParties(IReadOnlyList<Body> parties)
    {
        if (parties.Select(p => p.Id).SequenceEqual(Parties.OrderBy(p => p.Order).Select(p => p.BodyId)))
            return;
        Revised();
        Parties.RemoveAll(p => parties.All(b => b.Id != p.BodyId));
        for (var i = 0; i < parties.Count; i++)
        {
            var existing = Parties.FirstOrDefault(p => p.BodyId == parties[i].Id);
            if (existing is null)
                Parties.Add(new RegulationParty { RegulationId = Id, BodyId = parties[i].Id, Body = parties[i], Order = i });
            else
                existing.Order = i;
        }
    }

    /// <summary>Signing puts the regulation in force from the signing date (or a later effective date).</summary>
    public Result Sign(DateOnly signedOn, DateOnly? validFrom = null)
    {
        if (Status != RegulationStatus.Draft)
            return RegulationErrors.OnlyDraftCanBeSigned;
        if (Parties.Count < 2)
            return RegulationErrors.NeedsTwoParties;
        if (Chapters.Sum(c => c.Articles.Count) == 0)
            return RegulationErrors.NeedsArticles;
        Revision++;
        SignedOn = signedOn;
        ValidFrom = validFrom ?? signedOn;
        Status = RegulationStatus.InForce;
        return Result.Ok;
    }

    public Result Supersede(DateOnly validTo)
    {
        if (Status != RegulationStatus.InForce)
            return RegulationErrors.OnlyInForceCanBeSuperseded;
        Revision++;
        ValidTo = validTo;
        Status = RegulationStatus.Superseded;
        return Result.Ok;
    }

    public void MarkIllustrative() => IsIllustrativeText = true;

    public Chapter AddChapter(string title)
    {
        Revised();
        var chapter = new Chapter(Id, Chapters.Count + 1, title.Trim());
        Chapters.Add(chapter);
        return chapter;
    }

    /// <summary>Articles are numbered continuously through the regulation (Điều 1 … Điều n), as in the signed text.</summary>
    public Article AddArticle(Chapter chapter, string title, string text, CoordinationArea area)
    {
        Revised();
        var number = Chapters.Sum(c => c.Articles.Count) + 1;
        var article = new Article(chapter.Id, number, title.Trim(), text.Trim(), area);
        chapter.Articles.Add(article);
        Renumber();
        return article;
    }

    public void ReviseArticle(Article article, string title, string text, CoordinationArea area)
    {
        if (article.Title == title.Trim() && article.Text == text.Trim() && article.Area == area)
            return;
        Revised();
        article.Revise(title, text, area);
    }

    public Obligation AddObligation(Article article, Guid responsibleBodyId, Guid? partnerBodyId, string description, Recurrence recurrence)
    {
        Revised();
        return article.AddObligation(responsibleBodyId, partnerBodyId, description, recurrence);
    }

    public bool RemoveObligation(Article article, Guid obligationId)
    {
        var removed = article.Obligations.RemoveAll(o => o.Id == obligationId) > 0;
        if (removed)
            Revised();
        return removed;
    }

    /// <summary>
    /// A change to a signed regulation is an amendment: it gets a new version number, and the audit log keeps
    /// what each version said.
    /// </summary>
    public void Revised()
    {
        Revision++;
        if (Status != RegulationStatus.Draft && !_revisedInThisUnitOfWork)
        {
            Version++;
            _revisedInThisUnitOfWork = true;
        }
    }

    private bool _revisedInThisUnitOfWork;

    public IEnumerable<Article> ArticlesInOrder() => Chapters.OrderBy(c => c.Number).SelectMany(c => c.Articles.OrderBy(a => a.Number));

    // Keeps article numbers continuous when an article is added to an earlier chapter.
    private void Renumber()
    {
        var n = 0;
        foreach (var chapter in Chapters.OrderBy(c => c.Number))
        {
            foreach (var article in chapter.Articles.OrderBy(a => a.Number).ThenBy(a => a.Id))
                article.Number = ++n;
        }
    }
}
