using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Documents;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Security;
using static PhoiHop.Features.Documents.TemplateFields;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// The outgoing documents of a letter: which ones its history calls for, the fields the letter already gives, a number
/// from the body's register for the year, and the DOCX and PDF in the layout of Nghị định 30/2020/NĐ-CP.
/// </summary>
public sealed class PetitionDocuments(
    AppDbContext db, TimeProvider clock, AuditActor actor, PersonalDataCipher cipher, PetitionSenders senders,
    PetitionDeadlines deadlines, SenderUnits units, IStringLocalizer<SharedResource> L)
{
    public sealed record Signature(string? Authority, string? Position, string? FullName);

    /// <summary>The template each step calls for (RULES.md 13.10 "every outgoing act is a numbered document").</summary>
    public static IReadOnlyList<DocumentTemplate> CalledFor(Petition petition)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var done = petition.Transitions.Select(t => t.Action).ToHashSet();
        var complaint = petition.Kind == PetitionKind.Complaint;
        var list = new List<DocumentTemplate>();
        if (done.Contains(PetitionAction.Accept) && complaint)
            list.Add(DocumentTemplates.AcceptanceNotice);
        if (done.Contains(PetitionAction.Decline) && complaint)
            list.Add(DocumentTemplates.RefusalNotice);
        if (done.Contains(PetitionAction.Guide))
            list.Add(DocumentTemplates.GuidanceLetter);
        if (done.Contains(PetitionAction.Forward))
            list.Add(DocumentTemplates.ForwardingSlip);
        if (done.Contains(PetitionAction.Remind))
            list.Add(DocumentTemplates.Reminder);
        if (done.Contains(PetitionAction.Answer) || done.Contains(PetitionAction.RecordAnswer))
            list.Add(DocumentTemplates.Answer);
        return list;
    }

    public Task<List<OutgoingDocument>> ListAsync(Guid petitionId, CancellationToken ct) =>
        db.Set<OutgoingDocument>().AsNoTracking().Where(d => d.PetitionId == petitionId).OrderBy(d => d.CreatedAt).ToListAsync(ct);

    /// <summary>
    /// The address typed, followed by the commune chosen from the list and its province when the address does not name
    /// that commune already ("Xóm Đồng" + "Xã Đại Phúc, Tỉnh Thái Nguyên"); null when the sender gave neither.
    /// </summary>
    private static string? AddressOf(SenderView sender, Dictionary<string, string> unitNames)
    {
        var unit = sender.AdministrativeUnitCode is { } code && unitNames.TryGetValue(code, out var name) ? name : null;
        var address = string.IsNullOrWhiteSpace(sender.Address) ? null : sender.Address.Trim();
        if (address is null || unit is null)
            return address ?? unit;
        return NamesUnit(address, unit.Split(", ")[0]) ? address : $"{address}, {unit}";
    }

    // "Phường 1" is named in "…, phường 1" but not in "…, phường 12": the name must end where a word ends.
    private static bool NamesUnit(string address, string unitName)
    {
        for (var at = address.IndexOf(unitName, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = address.IndexOf(unitName, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + unitName.Length;
            if (end == address.Length || !char.IsLetterOrDigit(address[end]))
                return true;
        }
        return false;
    }

    /// <summary>The fields the letter already gives for <paramref name="template"/>; the person issuing fills in the rest.</summary>
    public async Task<Dictionary<string, string>> KnownFieldsAsync(Petition p, DocumentTemplate template, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(template);
        var bodyIds = new[] { p.ReceivingBodyId, p.ForwardedToBodyId ?? Guid.Empty };
        var bodies = await db.Bodies.AsNoTracking().Include(b => b.AdministrativeUnit).Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var body = bodies[p.ReceivingBodyId];
        var people = await senders.RevealAsync(p.Id, ct);
        var unitNames = await units.NamesAsync(people.Select(s => s.AdministrativeUnitCode), ct);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var f = new Dictionary<string, string>
        {
            [IssuerName] = body.Name,
            [Place] = PlaceOf(body),
            [Sender] = SenderPhrase(people, p.SenderCount, Display.VietnamToday(clock)),
            [SenderAddress] = people.Select(s => AddressOf(s, unitNames)).FirstOrDefault(a => a is not null) ?? "không rõ",
            [TemplateFields.PetitionKind] = Label($"PetitionKind.{p.Kind ?? p.DeclaredKind ?? Petitions.PetitionKind.Feedback}", vi).ToLower(vi),
            [PetitionContent] = p.Subject.TrimEnd('.', ' '),
            [ReceivedOn] = DocumentDate.Numeric(p.ReceivedOn),
        };
        if (p.ForwardedToBodyId is { } to && bodies.TryGetValue(to, out var target))
        {
            f[CompetentBody] = target.Name;
            f[ResolvingBody] = target.Name;
        }
        if (Step(p, PetitionAction.Forward) is { } forward)
            f[ForwardedOn] = DocumentDate.Numeric(PetitionMachine.VietnamDate(forward.At));
        if (Step(p, PetitionAction.Accept) is { } accept)
            f[AcceptedOn] = DocumentDate.Numeric(PetitionMachine.VietnamDate(accept.At));
        if (Step(p, PetitionAction.Decline) is { } decline)
            f[Reason] = decline.Reason ?? (p.Inadmissibility is { } r ? Label($"InadmissibilityReason.{r}", vi).ToLower(vi) : "");
        if (Step(p, PetitionAction.Guide)?.Reason is { } guidance)
            f[Guidance] = guidance.EndsWith('.') ? guidance : guidance + ".";
        if (p.AnswerSummary is { } answer)
            f[TemplateFields.Answer] = answer;
        if (p.AnswerDueOn is { } due)
            f[DueOn] = DocumentDate.Numeric(due);
        if (body.Kind is BodyKind.PeoplesCommittee or BodyKind.CommunePeoplesCommittee)
            f[Resolver] = $"Chủ tịch {body.Name}";
        else if (body.Kind == BodyKind.Department)
            f[Resolver] = $"Giám đốc {body.Name}";
        var inspectorate = await db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.Inspectorate && b.ValidTo == null).Select(b => b.Name).FirstOrDefaultAsync(ct);
        if (inspectorate is not null)
            f[Inspectorate] = inspectorate;
        if (p.ForwardedFromId is { } fromId)
        {
            var from = await db.Petitions.AsNoTracking().Where(x => x.Id == fromId)
                .Join(db.Bodies, x => x.ReceivingBodyId, b => b.Id, (x, b) => b.Name).FirstOrDefaultAsync(ct);
            if (from is not null)
                f[ForwardingBody] = from;
        }
        var resolution = (await deadlines.ListAsync(p, ct)).FirstOrDefault(d => d.RuleCode is PetitionDeadlines.FirstInstance or PetitionDeadlines.SecondInstance);
        if (resolution is not null)
            f[TimeLimit] = $"đến hết ngày {DocumentDate.Numeric(resolution.DueDate)}";
        var slip = await db.Set<OutgoingDocument>().AsNoTracking()
            .Where(d => d.PetitionId == p.Id && d.TemplateCode == DocumentTemplates.ForwardingSlip.Code).Select(d => d.NumberAndSymbol).FirstOrDefaultAsync(ct);
        if (slip is not null)
            f[ForwardingNumber] = slip;
        return f.Where(kv => template.Fields.Contains(kv.Key) && !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary();
    }

    /// <summary>The longest value of a field given by hand, and of the signer's authority, position and name.</summary>
    public const int FieldLength = 2000;
    public const int SignatureLength = 200;

    /// <summary>The longest value <paramref name="field"/> takes: a signer's (SignerAuthority, …) or a field's.</summary>
    public static int LimitOf(string field) =>
        field.StartsWith("Signer", StringComparison.Ordinal) ? SignatureLength : FieldLength;

    /// <summary>
    /// Issues the document: fields from the letter, then those the person gave; a number from the body's register; the
    /// filled fields sealed. Returns the missing and the too long fields instead, when there are any.
    /// </summary>
    public async Task<(OutgoingDocument? Document, IReadOnlyList<string> Missing, IReadOnlyList<string> TooLong)> IssueAsync(
        Petition petition, DocumentTemplate template, IReadOnlyDictionary<string, string> given, Signature signature, ClaimsPrincipal user,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(petition);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(signature);
        var fields = await KnownFieldsAsync(petition, template, ct);
        foreach (var (key, value) in given)
        {
            if (template.Fields.Contains(key) && !string.IsNullOrWhiteSpace(value))
                fields[key] = value.Trim();
        }
        var missing = template.MissingFields(fields).ToList();
        if (string.IsNullOrWhiteSpace(signature.Position))
            missing.Add("SignerPosition");
        if (string.IsNullOrWhiteSpace(signature.FullName))
            missing.Add("SignerName");
        List<string> tooLong =
        [
            .. given.Where(g => template.Fields.Contains(g.Key) && g.Value?.Trim().Length > FieldLength).Select(g => g.Key),
            .. new[] { ("SignerAuthority", signature.Authority), ("SignerPosition", signature.Position), ("SignerName", signature.FullName) }
                .Where(s => s.Item2?.Trim().Length > SignatureLength).Select(s => s.Item1),
        ];
        if (missing.Count > 0 || tooLong.Count > 0)
            return (null, missing, tooLong);

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == petition.ReceivingBodyId, ct);
        var today = Display.VietnamToday(clock);
        for (var attempt = 0; ; attempt++)
        {
            var last = await db.Set<OutgoingDocument>().Where(d => d.BodyId == body.Id && d.Year == today.Year).MaxAsync(d => (int?)d.Number, ct) ?? 0;
            var number = DocumentNumber.Compose(last + 1, template.Type, string.IsNullOrWhiteSpace(body.DocumentSymbol) ? body.Code : body.DocumentSymbol);
            var document = new OutgoingDocument(petition.Id, body.Id, today, last + 1, number.ToString(), template.Code, template.Version,
                signature.Authority?.Trim() ?? "", signature.Position!.Trim(), signature.FullName!.Trim(), user.UserId(), clock.GetUtcNow());
            document.SealFields(cipher.Encrypt(JsonSerializer.Serialize(fields), FieldBinding.Row("OutgoingDocument.Fields", document.Id)));
            db.Add(document);
            actor.Reason = $"Lập văn bản {template.Code} số {document.NumberAndSymbol}";
            try
            {
                await db.SaveChangesAsync(ct);
                return (document, [], []);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another document took the number at the same time: take the next one.
                db.Entry(document).State = EntityState.Detached;
            }
        }
    }

    /// <summary>The document as issued, in the official layout.</summary>
    public async Task<OfficialDocument> ComposeAsync(OutgoingDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var template = DocumentTemplates.Find(document.TemplateCode, document.TemplateVersion)
            ?? throw new InvalidOperationException($"Template {document.TemplateCode} v{document.TemplateVersion} is gone.");
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(
            cipher.Decrypt(document.FieldsProtected, FieldBinding.Row("OutgoingDocument.Fields", document.Id)))!;
        var body = await db.Bodies.AsNoTracking().Include(b => b.AdministrativeUnit).Include(b => b.Parent).SingleAsync(b => b.Id == document.BodyId, ct);
        var issuer = new Issuer(body.Name, string.IsNullOrWhiteSpace(body.DocumentSymbol) ? body.Code : body.DocumentSymbol, PlaceOf(body),
            body.Parent?.Name);
        var authority = string.IsNullOrWhiteSpace(document.SignerAuthority) ? [] : document.SignerAuthority.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var issue = new DocumentIssue(issuer, document.IssuedOn, new Signer(authority, document.SignerPosition, document.SignerName), document.Number);
        return template.Fill(issue, fields);
    }

    private string Label(string key, CultureInfo culture) =>
        culture.Name == Display.Vietnamese.Name ? PetitionMessages.Vietnamese(L, key) : L[key];

    private static PetitionTransition? Step(Petition p, PetitionAction action) =>
        p.Transitions.Where(t => t.Action == action).OrderByDescending(t => t.Sequence).FirstOrDefault();

    private static string PlaceOf(Body body)
    {
        var name = body.AdministrativeUnit?.Name ?? "";
        foreach (var prefix in new[] { "Tỉnh ", "Thành phố ", "Xã ", "Phường ", "Đặc khu " })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
                return name[prefix.Length..];
        }
        return name;
    }

    // "ông Nguyễn Văn An" from the ID number's sex digit; "ông (bà)" when unknown; "… và 4 người khác" for many signers.
    private static string SenderPhrase(List<SenderView> people, int count, DateOnly today)
    {
        if (people.Count == 0)
            return "người gửi đơn (không rõ họ tên)";
        var first = people.FirstOrDefault(s => s.IsRepresentative) ?? people[0];
        var title = CitizenIdNumber.TryParse(first.IdNumber, today, out var id, out _) ? (id.IsFemale ? "bà" : "ông") : "ông (bà)";
        var others = Math.Max(count, people.Count) - 1;
        return others > 0 ? $"{title} {first.FullName} và {others} người khác" : $"{title} {first.FullName}";
    }
}
