using System.Globalization;
using PhoiHop.Features.Petitions;

namespace PhoiHop.Features.Search;

public enum SearchSort
{
    Relevance = 0,
    ReceivedDesc = 1,
    ReceivedAsc = 2,
    DueAsc = 3,
}

/// <summary>A search as typed: the words and the filters, checked by <see cref="Parse"/> for the page and the API alike.</summary>
public sealed record PetitionSearchRequest
{
    public const int MaxPageSize = 100;

    public string? Q { get; init; }
    public PetitionKind? Kind { get; init; }
    public string? FieldCode { get; init; }
    public string? BodyCode { get; init; }
    public PetitionStatus? Status { get; init; }
    public Channel? Channel { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public bool Overdue { get; init; }
    public PetitionFlags? Flag { get; init; }
    public SearchSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    public bool HasCriteria => !string.IsNullOrWhiteSpace(Q) || Kind is not null || !string.IsNullOrWhiteSpace(FieldCode)
        || !string.IsNullOrWhiteSpace(BodyCode) || Status is not null || Channel is not null || From is not null || To is not null || Overdue
        || Flag is not null;

    /// <summary>
    /// Reads the query string. Each problem names its parameter and a message key: an unknown value, a date that is
    /// not yyyy-MM-dd, a query over <see cref="SearchText.MaxQueryLength"/> characters, a page out of range.
    /// </summary>
    public static (PetitionSearchRequest Request, Dictionary<string, string> Problems) Parse(
        string? q, string? kind, string? field, string? bodyCode, string? status, string? channel, string? from, string? to, string? overdue,
        string? flag, string? sort, string? page, string? pageSize)
    {
        var problems = new Dictionary<string, string>();
        T? EnumOf<T>(string name, string? value) where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value))
                return null;
            if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
                return parsed;
            problems[name] = "Search.Invalid.Choice";
            return null;
        }
        DateOnly? DateOf(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
                return null;
            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return d;
            problems[name] = "Search.Invalid.Date";
            return null;
        }
        int IntOf(string name, string? value, int fallback, int min, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
                return fallback;
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                return n;
            problems[name] = "Search.Invalid.Number";
            return fallback;
        }
        bool BoolOf(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
                return false;
            if (bool.TryParse(value, out var b))
                return b;
            problems[name] = "Search.Invalid.Choice";
            return false;
        }

        if (q is { Length: > SearchText.MaxQueryLength })
            problems["q"] = "Search.Invalid.TooLong";
        if (field is { Length: > 40 })
            problems["field"] = "Search.Invalid.Choice";
        if (bodyCode is { Length: > 40 })
            problems["bodyCode"] = "Search.Invalid.Choice";
        var request = new PetitionSearchRequest
        {
            Q = string.IsNullOrWhiteSpace(q) || q.Length > SearchText.MaxQueryLength ? null : q.Trim(),
            Kind = EnumOf<PetitionKind>("kind", kind),
            FieldCode = string.IsNullOrWhiteSpace(field) ? null : field.Trim(),
            BodyCode = string.IsNullOrWhiteSpace(bodyCode) ? null : bodyCode.Trim(),
            Status = EnumOf<PetitionStatus>("status", status),
            Channel = EnumOf<Channel>("channel", channel),
            From = DateOf("from", from),
            To = DateOf("to", to),
            Overdue = BoolOf("overdue", overdue),
            Flag = EnumOf<PetitionFlags>("flag", flag),
            Sort = EnumOf<SearchSort>("sort", sort) ?? SearchSort.Relevance,
            Page = IntOf("page", page, 1, 1, 10_000),
            PageSize = IntOf("pageSize", pageSize, 20, 1, MaxPageSize),
        };
        if (request.Flag == PetitionFlags.None)
            problems["flag"] = "Search.Invalid.Choice";
        if (request is { From: { } f, To: { } t } && f > t)
            problems["to"] = "Search.Invalid.Range";
        return (request, problems);
    }
}
