using PhoiHop.Features.Regulations;

namespace PhoiHop.Infrastructure.Data.Seed;

/// <summary>The text of a regulation as seed data: chapters, articles and the obligations drawn from them.</summary>
internal sealed record RegulationText(string Number, string Title, string[] PartyCodes, string Summary, ChapterText[] Chapters);

internal sealed record ChapterText(string Title, ArticleText[] Articles);

internal sealed record ArticleText(string Title, string Text, CoordinationArea Area, ObligationText[] Obligations);

internal sealed record ObligationText(string ResponsibleBodyCode, string? PartnerBodyCode, string Description, Recurrence Recurrence);
