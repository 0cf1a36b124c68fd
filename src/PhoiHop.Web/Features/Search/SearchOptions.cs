namespace PhoiHop.Features.Search;

/// <summary>Bounds of one search (section "Search").</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// How many letters the full-text index returns for one search, the newest matches (then ranked: SearchRank on
    /// SQLite, ts_rank on PostgreSQL): filters, sorting and paging apply to these. When the index has more, the total is
    /// reported as capped (ADR 0004). 500 keeps a search of one common word at a million letters near 30 ms on SQLite
    /// (2,000: ~90 ms, the ranking reads every candidate's text); bench/README.md "Search".
    /// </summary>
    public int MaxCandidates { get; set; } = 500;
}
