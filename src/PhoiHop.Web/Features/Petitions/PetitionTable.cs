namespace PhoiHop.Features.Petitions;

/// <summary>What the petitions table (_PetitionTable) shows: one page of rows, and the day overdue is judged on.</summary>
public sealed record PetitionTable(Page<PetitionRow> Result, DateOnly Today);
