using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// Open311 GeoReport v2 for citizen feedback (phản ánh): the services are the fields of the classification tree, a
/// request becomes a feedback letter at the jurisdiction's body. Only requests that came in through Open311 are
/// listed, and only their public facts (no sender, no full text): a letter sent to a body is not a public post.
/// </summary>
public static class Open311Api
{
    public sealed record ServiceDto(string service_code, string service_name, string description, bool metadata, string type, string keywords, string group);

    public sealed record CreatedDto(string service_request_id, string? service_notice, string? account_id);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Open311 GeoReport v2 names the field 'long'.")]
    public sealed record RequestDto(
        string service_request_id, string status, string? status_notes, string service_name, string service_code, string? description,
        string agency_responsible, string? service_notice, string requested_datetime, string updated_datetime, string? expected_datetime,
        string? address, string? address_id, string? zipcode, double? lat, double? @long, string? media_url);

    public sealed record ErrorDto(int code, string description);

    private static readonly PetitionStatus[] Closed =
    [
        PetitionStatus.Closed, PetitionStatus.Answered, PetitionStatus.Published, PetitionStatus.Filed, PetitionStatus.NotAccepted,
        PetitionStatus.Forwarded, PetitionStatus.Withdrawn, PetitionStatus.Guided, PetitionStatus.ResultNotifiedToCitizen,
    ];

    public static WebApplication MapOpen311(this WebApplication app)
    {
        var group = app.MapGroup("/open311/v2").WithTags("Open311").AllowAnonymous()
            .AddEndpointFilter<Infrastructure.Web.TextInputEndpointFilter>();

        group.MapGet("/services.json", () => Services()).WithSummary("Open311: the service list (fields of feedback)");

        group.MapGet("/services/{code}.json", (string code) =>
            PetitionFields.Default.Find(code) is null
                ? Error(404, $"service_code '{code}' not found")
                : Error(404, "This service has no metadata (metadata=false)."))
            .WithSummary("Open311: service definition (none: no service has metadata)");

        group.MapPost("/requests.json", PostAsync).DisableAntiforgery().WithSummary("Open311: submit a feedback request");

        group.MapGet("/requests.json", async (HttpContext http, AppDbContext db, PortalRateLimits limits, string? service_request_id,
            string? service_code, string? start_date, string? end_date, string? status, CancellationToken ct) =>
        {
            if (!limits.TryLookup(http))
                return Error(429, "Too many requests");
            var q = Open311Requests(db);
            if (!string.IsNullOrWhiteSpace(service_request_id))
            {
                var codes = service_request_id.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(TrackingCodes.Normalize).OfType<string>().Take(100).ToList();
                q = q.Where(p => codes.Contains(p.TrackingCode));
            }
            if (!string.IsNullOrWhiteSpace(service_code))
                q = q.Where(p => p.FieldCode == service_code);
            if (!TryDate(start_date, out var start) || !TryDate(end_date, out var end))
                return Error(400, "start_date and end_date must be W3C date-times, e.g. 2026-11-27T00:00:00+07:00");
            if (start is { } from)
                q = q.Where(p => p.RegisteredAt >= from);
            if (end is { } to)
                q = q.Where(p => p.RegisteredAt <= to);
            if (status is "open")
                q = q.Where(p => !Closed.Contains(p.Status));
            else if (status is "closed")
                q = q.Where(p => Closed.Contains(p.Status));
            else if (!string.IsNullOrEmpty(status) && status != "open,closed" && status != "closed,open")
                return Error(400, "status must be open or closed");

            // The spec's default window: the last 90 days, at most 1000 requests.
            if (start is null && end is null && string.IsNullOrWhiteSpace(service_request_id))
            {
                var since = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-90);
                q = q.Where(p => p.RegisteredAt >= since);
            }
            var rows = await q.OrderByDescending(p => p.RegisteredAt).Take(1000).ToListAsync(ct);
            return Results.Ok(await ToDtosAsync(db, rows, ct));
        }).WithSummary("Open311: requests submitted through Open311");

        group.MapGet("/requests/{id}.json", async (string id, HttpContext http, AppDbContext db, PortalRateLimits limits, CancellationToken ct) =>
        {
            if (!limits.TryLookup(http))
                return Error(429, "Too many requests");
            var code = TrackingCodes.Normalize(id);
            var row = code is null ? null : await Open311Requests(db).SingleOrDefaultAsync(p => p.TrackingCode == code, ct);
            return row is null ? Error(404, $"service_request_id '{id}' not found") : Results.Ok(await ToDtosAsync(db, [row], ct));
        }).WithSummary("Open311: one request");
        return app;
    }

    private static async Task<IResult> PostAsync(HttpContext http, PetitionIntake intake, CitizenPortal portal, PortalRateLimits limits,
        IOptions<PortalOptions> options, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
            return Error(400, "Send the request as application/x-www-form-urlencoded, as GeoReport v2 says.");
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own answer: 413 for a body over the size limit, 400 for a malformed request.
            return Error(e.StatusCode, "The request could not be read: it is malformed or too large.");
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Over the form limits, a broken multipart body, a body cut short: the client's fault, said as such; logged,
            // since an I/O fault of the server's own (a full disk while buffering) would look the same.
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PhoiHop.Open311").LogInformation(e, "Open311 form refused");
            return Error(400, "The form could not be read: it is malformed, cut short or over the size limits.");
        }
        string? F(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? TextInput.Clean(v.ToString()!)?.Trim() : null;

        var serviceCode = F("service_code");
        if (serviceCode is null)
            return Error(400, "service_code is required");
        if (PetitionFields.Default.Find(serviceCode) is not { } service)
            return Error(400, $"service_code '{serviceCode}' is not a service of this jurisdiction");
        var lat = Number(F("lat"));
        var lon = Number(F("long"));
        if (lat is null != F("lat") is null || lon is null != F("long") is null || lat is null != lon is null)
            return Error(400, "lat and long must be given together, as decimal degrees (WGS84)");
        var address = F("address_string");
        if (address is { Length: > PetitionConfiguration.PlaceLength })
            return Error(400, $"address_string is too long (at most {PetitionConfiguration.PlaceLength} characters)");
        if ((lat is null || lon is null) && address is null)
            return Error(400, "A location is required: lat and long, or address_string");
        if (lat is not (>= -90 and <= 90) && lat is not null || lon is not (>= -180 and <= 180) && lon is not null)
            return Error(400, "lat must be in [-90, 90] and long in [-180, 180]");
        var description = F("description");
        if (description is null)
            return Error(400, "description is required");
        if (!limits.TrySubmit(http))
            return Error(429, "Too many requests");

        var bodies = await portal.BodiesAsync(ct);
        var bodyCode = F("jurisdiction_id") ?? options.Value.Open311DefaultBodyCode;
        if (bodies.SingleOrDefault(b => b.Code == bodyCode) is not { } body)
            return Error(400, $"jurisdiction_id '{bodyCode}' does not receive feedback here");

        var name = string.Join(' ', new[] { F("last_name"), F("first_name") }.OfType<string>());
        var submission = new PetitionSubmission
        {
            ReceivingBodyCode = body.Code,
            Kind = PetitionKind.Feedback,
            FieldCode = service.Code,
            Subject = TextInput.Cut($"{service.Name}{(address is null ? "" : " — " + address)}", PetitionConfiguration.SubjectLength),
            Content = description,
            Anonymous = name.Length == 0,
            Senders = name.Length == 0 ? [] : [new SenderSubmission { FullName = name, Phone = F("phone") }],
        };
        var (outcome, _) = await intake.SubmitOnlineAsync(submission, b => b.Id == body.Id, $"open311:{http.Connection.RemoteIpAddress}", null, ct,
            Channel.Open311, p => p.Locate(lat, lon, address));
        if (outcome.Status != IntakeStatus.Created)
        {
            var problem = outcome.Problems is [var first, ..] ? first : null;
            return Error(400, problem is null ? "The request was refused." : $"{ToOpen311Name(problem.Field)} is not valid ({problem.MessageKey})");
        }
        var petition = outcome.Petition!;
        return Results.Ok(new[] { new CreatedDto(petition.TrackingCode, $"Đã tiếp nhận, mã tra cứu {petition.TrackingCode}.", null) });
    }

    private static List<ServiceDto> Services() =>
        [.. PetitionFields.Default.Where(f => PetitionFields.Default.IsLeaf(f.Code)).Select(f => new ServiceDto(f.Code, f.Name,
            $"{f.Name} ({f.EnglishName})", false, "realtime", f.EnglishName,
            f.ParentCode is { } parent ? PetitionFields.Default.Find(parent)!.Name : f.Name))];

    private static IQueryable<Petition> Open311Requests(AppDbContext db) => db.Petitions.AsNoTracking().Where(p => p.Channel == Channel.Open311);

    private static async Task<List<RequestDto>> ToDtosAsync(AppDbContext db, List<Petition> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.ReceivingBodyId).Distinct().ToList();
        var names = await db.Bodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        return [.. rows.Select(p =>
        {
            var service = p.FieldCode is { } code ? PetitionFields.Default.Find(code) : null;
            var updated = p.Transitions.Count > 0 ? p.Transitions.Max(t => t.At) : p.RegisteredAt;
            return new RequestDto(p.TrackingCode, Closed.Contains(p.Status) ? "closed" : "open", p.AnswerSummary, service?.Name ?? "",
                p.FieldCode ?? "", p.Subject, names[p.ReceivingBodyId], null, W3C(p.RegisteredAt), W3C(updated),
                p.DueOn is { } due ? due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T23:59:59+07:00" : null,
                p.Place, null, null, p.Latitude, p.Longitude, null);
        })];
    }

    private static string W3C(DateTimeOffset instant) => instant.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static bool TryDate(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return false;
        value = parsed;
        return true;
    }

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private static string ToOpen311Name(string field) => field switch
    {
        "Content" => "description",
        "Subject" => "address_string",
        _ when field.EndsWith(".Phone", StringComparison.Ordinal) => "phone",
        _ when field.EndsWith(".FullName", StringComparison.Ordinal) => "first_name/last_name",
        _ => field,
    };

    private static IResult Error(int status, string description) => Results.Json(new[] { new ErrorDto(status, description) }, statusCode: status);
}
