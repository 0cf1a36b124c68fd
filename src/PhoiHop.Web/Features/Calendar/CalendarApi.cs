using System.Globalization;

namespace PhoiHop.Features.Calendar;

/// <summary>
/// Public calendar API (anonymous, cacheable): lunar ↔ solar dates, the days off of a year, and a due date with its
/// explanation. Bad parameters get a 400 problem naming the parameter.
/// </summary>
public static class CalendarApi
{
    public sealed record LunarDto(string Date, int LunarDay, int LunarMonth, int LunarYear, bool IsLeapMonth);

    public sealed record SolarDto(string Date);

    public sealed record HolidayDto(string Date, string Name, string Kind, string? LegalBasis);

    public sealed record DueDto(string Start, int Amount, string Unit, string Due, IReadOnlyList<string> Explanation);

    public sealed record RuleDto(string Code, string Step, int Amount, string Unit, string StartEvent, int? RemoteAreaAmount, int? ComplexAmount,
        int MaxExtensions, int ExtensionAmount, bool PausesOnSuspension, string LegalBasis, string ValidFrom, string? ValidTo);

    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("Calendar").AllowAnonymous()
            .AddEndpointFilter(async (ctx, next) =>
            {
                var result = await next(ctx);
                ctx.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
                return result;
            });

        group.MapGet("/lunar", (string? date) =>
        {
            var (solar, error) = ParseDate(date, nameof(date));
            if (error is not null)
                return error;
            var lunar = LunarCalendar.ToLunar(solar);
            return Results.Ok(new LunarDto(Iso(solar), lunar.Day, lunar.Month, lunar.Year, lunar.IsLeapMonth));
        }).WithSummary("The Vietnamese lunar date (UTC+7) of a solar date, 1900–2199");

        group.MapGet("/solar", (string? lunarDay, string? lunarMonth, string? lunarYear, string? isLeapMonth) =>
        {
            var errors = new Dictionary<string, string[]>();
            var day = Int(lunarDay, nameof(lunarDay), 1, 30, errors);
            var month = Int(lunarMonth, nameof(lunarMonth), 1, 12, errors);
            var year = Int(lunarYear, nameof(lunarYear), LunarCalendar.MinSolarDate.Year, LunarCalendar.MaxSolarDate.Year - 1, errors);
            var leap = false;
            if (!string.IsNullOrEmpty(isLeapMonth) && !bool.TryParse(isLeapMonth, out leap))
                errors[nameof(isLeapMonth)] = ["must be true or false"];
            if (errors.Count > 0)
                return Results.ValidationProblem(errors);
            var solar = LunarCalendar.ToSolar(new LunarDate(day, month, year, leap));
            return solar is { } d && d >= LunarCalendar.MinSolarDate && d <= LunarCalendar.MaxSolarDate
                ? Results.Ok(new SolarDto(Iso(d)))
                : Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    [leap ? nameof(isLeapMonth) : nameof(lunarDay)] = [leap ? "that lunar year has no such leap month" : "that lunar month has no such day"],
                });
        }).WithSummary("The solar date of a Vietnamese lunar date");

        group.MapGet("/holidays", async (string? year, CalendarStore store, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var y = Int(year, nameof(year), WorkingCalendar.MinYear, WorkingCalendar.MaxYear, errors);
            if (errors.Count > 0)
                return Results.ValidationProblem(errors);
            var calendar = await store.GetAsync(ct);
            var list = new List<HolidayDto>();
            for (var d = new DateOnly(y, 1, 1); d.Year == y; d = d.AddDays(1))
            {
                if (calendar.Describe(d) is { } h)
                    list.Add(new HolidayDto(Iso(h.Date), h.Name, KindName(h.Kind), h.LegalBasis));
            }
            return Results.Ok(list);
        }).WithSummary("Days off and swapped working days of a year (confirmed data, or the proposal)");

        group.MapGet("/due", async (string? start, string? amount, string? unit, CalendarStore store, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var (s, dateError) = ParseDate(start, nameof(start));
            if (dateError is not null)
                errors[nameof(start)] = ["must be a date YYYY-MM-DD between 1900-01-01 and 2199-12-31"];
            var n = Int(amount, nameof(amount), 1, 1000, errors);
            // By name only, as every enum of the API ("unit=1" was taken as CalendarDays).
            var u = Infrastructure.Web.StrictEnumConverter.Parse(typeof(DeadlineUnit), unit) as DeadlineUnit?;
            if (u is null)
                errors[nameof(unit)] = ["must be WorkingDays, CalendarDays or Months"];
            if (errors.Count > 0)
                return Results.ValidationProblem(errors);
            var rule = new DeadlineRule
            {
                Code = "api.due",
                Step = "Thời hạn",
                Amount = n,
                Unit = u!.Value,
                StartEvent = "ngày bắt đầu",
                LegalBasis = "Bộ luật Dân sự 2015, Điều 147–148",
                ValidFrom = new DateOnly(2017, 1, 1),
            };
            try
            {
                var result = DeadlineCalculator.Compute(rule, new DeadlineInput(s), await store.GetAsync(ct), explain: true);
                return Results.Ok(new DueDto(Iso(s), n, rule.Unit.ToString(), Iso(result.DueDate), result.Explanation));
            }
            catch (ArgumentOutOfRangeException)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { [nameof(amount)] = ["the due date falls after 2199"] });
            }
        }).WithSummary("The due date of a time limit, with how it was counted");

        group.MapGet("/rules", () => CoreDeadlineRules.All.Rules
            .OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.ValidFrom)
            .Select(r => new RuleDto(r.Code, r.Step, r.Amount, r.Unit.ToString(), r.StartEvent, r.RemoteAreaAmount, r.ComplexAmount, r.MaxExtensions,
                r.ExtensionAmount, r.PausesOnSuspension, r.LegalBasis, Iso(r.ValidFrom), r.ValidTo is { } to ? Iso(to) : null))
            .ToList()).WithSummary("The statutory deadline rules in force, with their legal basis");

        return api;
    }

    public static string KindName(HolidayKind kind) => kind switch
    {
        HolidayKind.Holiday => "holiday",
        HolidayKind.Substitute => "substitute",
        HolidayKind.SwapOff => "swap-off",
        HolidayKind.SwapOn => "swap-on",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (DateOnly Value, IResult? Error) ParseDate(string? value, string name) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d >= LunarCalendar.MinSolarDate && d <= LunarCalendar.MaxSolarDate
            ? (d, null)
            : (default, Results.ValidationProblem(new Dictionary<string, string[]>
            {
                [name] = ["must be a date YYYY-MM-DD between 1900-01-01 and 2199-12-31"],
            }));

    private static int Int(string? value, string name, int min, int max, Dictionary<string, string[]> errors)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        errors[name] = [string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {min} to {max}")];
        return min;
    }
}
