namespace PhoiHop.Features.Search;

/// <summary>Bounds of one search (section "Search").</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// How many letters the full-text index returns for one search, best first on SQLite (bm25), newest first on
    /// PostgreSQL (then ranked by ts_rank): filters, sorting and paging apply to these. When the index has more, the
    /// total is reported as capped (ADR 0004).
    /// </summary>
    public int MaxCandidates { get; set; } = 2_000;
}
