namespace PhoiHop.Features.Calendar;

/// <summary>
/// One dated entry of the working calendar: a holiday, a compensatory day off, or a swapped day.
/// <see cref="Name"/> is Vietnamese, as shown to users; <see cref="LegalBasis"/> cites the law or the annual notice.
/// </summary>
public sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind, string? LegalBasis);
