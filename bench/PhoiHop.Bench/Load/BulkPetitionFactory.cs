using System.Text;
using PhoiHop.Common;
using PhoiHop.Features.Organizations;
using PhoiHop.Features.Petitions;
using PhoiHop.Features.Petitions.Duplicates;
using PhoiHop.Features.Petitions.Generation;
using PhoiHop.Features.Search;
using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Bench.Load;

/// <summary>
/// Turns generated letters into stored petitions with a plausible history: each letter walks the legal state machine
/// of its body and kind (<see cref="PetitionMachine.Rules"/>) one step every few days from its receipt until today, so
/// old letters are mostly finished and recent ones open; some steps stall for months, which leaves overdue letters.
/// Deterministic for a seed, except the AES-GCM nonces. Not thread-safe.
/// </summary>
internal sealed class BulkPetitionFactory
{
    private const string TrackingAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static readonly Dictionary<(PetitionTrack, PetitionStatus), PetitionRule[]> Moves = PetitionMachine.Rules
        .Where(r => r.To is not null && r.To != r.From && Weight(r, anonymous: true) > 0)
        .GroupBy(r => (r.Track, r.From))
        .ToDictionary(g => g.Key, g => g.ToArray());

    private readonly PetitionGenerator _generator;
    private readonly Random _random;
    private readonly DateOnly _today;
    private readonly double _mainBodyShare;
    private readonly string _mainBody;
    private readonly Dictionary<string, (Guid Id, BodyKind Kind)> _bodies;
    private readonly Dictionary<Guid, (Guid Id, string Name)[]> _staff;
    private readonly Guid _forwardTo;
    private readonly HashSet<string> _trackingCodes;
    private readonly PersonalDataCipher _cipher;
    private readonly int _keyTag;
    private readonly SearchDocuments _search;

    public BulkPetitionFactory(int seed, DateOnly today, string mainBody, double mainBodyShare,
        Dictionary<string, (Guid Id, BodyKind Kind)> bodies, Dictionary<Guid, (Guid Id, string Name)[]> staff,
        HashSet<string> existingTrackingCodes, PersonalDataCipher cipher)
    {
        _generator = new PetitionGenerator(seed, today.AddYears(-1), today);
        _random = new Random(seed);
        _today = today;
        _mainBody = mainBody;
        _mainBodyShare = mainBodyShare;
        _bodies = bodies;
        _staff = staff;
        _forwardTo = bodies["UBND-TN"].Id;
        _trackingCodes = existingTrackingCodes;
        _cipher = cipher;
        _keyTag = PetitionSenders.KeyTagOf(cipher);
        _search = new SearchDocuments(cipher);
    }

    public BulkPetition Next()
    {
        var g = _generator.Next();
        var code = _random.NextDouble() < _mainBodyShare ? _mainBody : g.BodyCode;
        var (bodyId, bodyKind) = _bodies[code];
        var staff = _staff.GetValueOrDefault(bodyId) ?? [];
        var actor = staff.Length > 0 ? staff[0] : (Guid.Empty, "Cán bộ tiếp nhận");
        var registeredAt = At(g.ReceivedOn);
        var canResolve = BodyKinds.CanResolve(bodyKind);
        var track = canResolve ? PetitionMachine.TrackOf(bodyKind, g.Kind, ComplaintInstance.First) : PetitionTrack.ExternalCase;

        var status = PetitionStatus.Received;
        var transitions = new List<BulkTransition> { new(1, nameof(PetitionStatus.Received), nameof(PetitionStatus.Received), nameof(PetitionAction.Receive), registeredAt, actor.Item1, actor.Item2) };
        var day = g.ReceivedOn;
        DateOnly? acceptedOn = null, forwardedOn = null, monitoredOn = null, answeredOn = null, decidedOn = null;
        Competence? competence = null;
        string? inadmissibility = null, filing = null;
        while (Moves.TryGetValue((track, status), out var moves))
        {
            // Most steps follow within days; one in ten waits weeks or months (the letters that end up overdue).
            day = day.AddDays(_random.Next(10) == 0 ? 15 + _random.Next(105) : 1 + _random.Next(10));
            if (day > _today)
                break;
            var move = Pick(moves, g.IsAnonymous);
            var from = status;
            status = move.To!.Value;
            switch (move.Action)
            {
                case PetitionAction.Classify:
                    competence = canResolve && _random.Next(10) < 7 ? Competence.Own : Competence.OtherBody;
                    break;
                case PetitionAction.Accept:
                    acceptedOn = day;
                    competence = Competence.Own;
                    break;
                case PetitionAction.Decline:
                    inadmissibility = g.Kind == PetitionKind.Complaint ? nameof(InadmissibilityReason.NotDirectlyAffected) : null;
                    break;
                case PetitionAction.File:
                    filing = nameof(FilingReason.Other);
                    break;
                case PetitionAction.Forward:
                    forwardedOn = day;
                    break;
                case PetitionAction.Monitor:
                    monitoredOn = day;
                    break;
                case PetitionAction.RecordAnswer or PetitionAction.Answer:
                    answeredOn = day;
                    break;
                case PetitionAction.Decide:
                    decidedOn = day;
                    break;
            }
            var by = staff.Length > 0 ? staff[_random.Next(staff.Length)] : actor;
            transitions.Add(new(transitions.Count + 1, from.ToString(), status.ToString(), move.Action.ToString(), At(day), by.Item1, by.Item2));
        }

        var answerDue = status is PetitionStatus.AwaitingAnswer or PetitionStatus.EscalatedToSupervision && monitoredOn is { } m ? m.AddDays(21) : (DateOnly?)null;
        var final = PetitionMachine.IsFinal(track, status);
        // The nearest open time limit, as PetitionDeadlines keeps it (approximated in calendar days).
        DateOnly? dueOn = final ? null : status switch
        {
            PetitionStatus.Received or PetitionStatus.Classified or PetitionStatus.InitialProcessing => g.ReceivedOn.AddDays(14),
            PetitionStatus.Accepted or PetitionStatus.Verifying or PetitionStatus.DialogueScheduled or PetitionStatus.DialogueHeld
                or PetitionStatus.SecondInstanceAccepted => acceptedOn?.AddDays(42),
            PetitionStatus.InHandling or PetitionStatus.UnderReview or PetitionStatus.Decided => g.ReceivedOn.AddDays(28),
            PetitionStatus.AwaitingAnswer or PetitionStatus.EscalatedToSupervision => answerDue,
            PetitionStatus.Answered => answeredOn?.AddDays(7),
            PetitionStatus.DecidedFirstInstance or PetitionStatus.DecidedSecondInstance => decidedOn?.AddDays(30),
            _ => null,
        };
        var classified = status != PetitionStatus.Received;
        var assigned = classified && staff.Length > 0 && _random.Next(10) < 7;
        var id = Guid.CreateVersion7(registeredAt);
        var trackingCode = NewTrackingCode();
        var answerSummary = answeredOn is null ? null : "Đã có văn bản trả lời công dân.";
        // The search document as the app's interceptor writes it (redacted for a denunciation, names as keyed hashes).
        var views = g.Senders.Select((s, i) => new SenderView(Guid.Empty, i, s.FullName.Trim().Normalize(NormalizationForm.FormC), s.CitizenId, s.Phone,
            s.Address, false)).ToList();
        var (searchText, searchNames) = _search.Build(trackingCode, g.Subject, g.Content, null, answerSummary, g.Kind == PetitionKind.Denunciation, views);
        var (senders, matching) = Senders(g);
        // As intake's matcher.Store: the fingerprint of the letter with its senders' stored values, keyed hashes only.
        var fingerprint = DuplicateFingerprint.Of(new DuplicateLetter(g.Subject, g.Content, matching), _cipher.BlindIndex).ToBytes();
        return new BulkPetition
        {
            Id = id,
            TrackingCode = trackingCode,
            SearchText = searchText,
            SearchNames = searchNames,
            CaseId = Guid.CreateVersion7(registeredAt),
            BodyId = bodyId,
            BodyKind = bodyKind.ToString(),
            Channel = g.Channel.ToString(),
            ReceivedOn = g.ReceivedOn,
            Subject = g.Subject,
            Content = g.Content,
            Status = status.ToString(),
            SenderCount = g.SenderCount,
            AssigneeId = assigned ? staff[_random.Next(staff.Length)].Id : null,
            DueOn = dueOn,
            Version = transitions.Count - 1,
            RegisteredAt = registeredAt,
            Kind = classified ? g.Kind.ToString() : null,
            DeclaredKind = g.Kind.ToString(),
            FieldCode = g.FieldCode,
            Competence = competence?.ToString(),
            Flags = Fit(g.Flags),
            ComplaintObject = classified ? g.ComplaintObject?.ToString() : null,
            Instance = nameof(ComplaintInstance.First),
            DenunciationSubtype = classified ? g.DenunciationSubtype?.ToString() : null,
            Inadmissibility = inadmissibility,
            FilingReason = filing,
            ForwardedToBodyId = forwardedOn is null ? null : _forwardTo,
            ForwardingRecommendation = forwardedOn is null ? null : "Đề nghị xem xét, giải quyết theo thẩm quyền và trả lời công dân.",
            AnswerDueOn = answerDue,
            AnswerSummary = answerSummary,
            Transitions = transitions,
            Senders = senders,
            Fingerprint = fingerprint,
            FingerprintKeyTag = _keyTag,
        };
    }

    /// <summary>Letters whose flags, written as the app stores them, did not fit the column (see <see cref="Fit"/>).</summary>
    public int FlagsTrimmed { get; private set; }

    // Flags are stored as their names in a 48-character column (AppDbContext.ConfigureConventions): "MultiPerson,
    // RemoteArea, SignsOfCrime, SentToMany" is 49 and PostgreSQL refuses it. Drop the last flags until it fits, and count.
    private string Fit(PetitionFlags flags)
    {
        var text = flags.ToString();
        if (text.Length <= 48)
            return text;
        FlagsTrimmed++;
        while (text.Length > 48)
        {
            var highest = 1 << (31 - System.Numerics.BitOperations.LeadingZeroCount((uint)flags));
            flags &= ~(PetitionFlags)highest;
            text = flags.ToString();
        }
        return text;
    }

    // Progress is likelier than exits; withdrawals, suspensions, lawsuits and the like are rare.
    private static int Weight(PetitionRule rule, bool anonymous) => rule.Action switch
    {
        PetitionAction.Suspend or PetitionAction.Resume or PetitionAction.FindComplex or PetitionAction.Extend or PetitionAction.Remind => 0,
        PetitionAction.CheckAnonymousInfo => anonymous ? 20 : 0,
        PetitionAction.Withdraw or PetitionAction.Stop or PetitionAction.RecordLawsuit or PetitionAction.TransferToInvestigation
            or PetitionAction.EscalateToSupervision => 1,
        PetitionAction.Appeal or PetitionAction.Decline or PetitionAction.File => 2,
        PetitionAction.Guide => 3,
        PetitionAction.Forward when rule.Track != PetitionTrack.ExternalCase => 3,
        _ => 10,
    };

    private PetitionRule Pick(PetitionRule[] moves, bool anonymous)
    {
        var total = 0;
        foreach (var m in moves)
            total += Weight(m, anonymous);
        if (total == 0)
            return moves[0];
        var roll = _random.Next(total);
        foreach (var m in moves)
        {
            roll -= Weight(m, anonymous);
            if (roll < 0)
                return m;
        }
        return moves[^1];
    }

    // Office hours, Vietnam time.
    private DateTimeOffset At(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 30)), Vietnam).AddMinutes(_random.Next(9 * 60)).ToUniversalTime();

    private string NewTrackingCode()
    {
        Span<char> code = stackalloc char[12];
        while (true)
        {
            "PH-".CopyTo(code);
            for (var i = 0; i < 8; i++)
                code[i < 4 ? 3 + i : 4 + i] = TrackingAlphabet[_random.Next(TrackingAlphabet.Length)];
            code[7] = '-';
            var text = new string(code);
            if (_trackingCodes.Add(text))
                return text;
        }
    }

    // As PetitionSenders.Add: normalised values, each field encrypted and bound to its row, blind indexes for lookup.
    // Also the senders as the duplicate matcher reads them back (PetitionSenders.ForMatchingAsync).
    private (BulkSender[] Stored, DuplicateSender[] Matching) Senders(GeneratedPetition g)
    {
        var senders = new BulkSender[g.Senders.Count];
        var matching = new DuplicateSender[g.Senders.Count];
        for (var i = 0; i < senders.Length; i++)
        {
            var s = g.Senders[i];
            var senderId = Guid.CreateVersion7();
            var idNumber = CitizenIdNumber.TryParse(s.CitizenId, _today, out var parsedId, out _) ? parsedId : (CitizenIdNumber?)null;
            var phone = PhoneNumber.TryParse(s.Phone, out var parsedPhone, out _) ? parsedPhone : (PhoneNumber?)null;
            var name = s.FullName.Trim().Normalize(NormalizationForm.FormC);
            var address = s.Address.Trim().Normalize(NormalizationForm.FormC);
            var idIndex = idNumber is { } i2 ? _cipher.BlindIndex(i2) : null;
            var phoneIndex = phone is { } p2 ? _cipher.BlindIndex(p2) : null;
            senders[i] = new BulkSender(senderId, i, g.SenderCount >= PetitionOrigin.MultiPersonFrom,
                Seal(name, "FullNameProtected", senderId)!,
                Seal(idNumber?.ToString(), "IdNumberProtected", senderId),
                Seal(phone?.ToString(), "PhoneProtected", senderId),
                Seal(address, "AddressProtected", senderId),
                idIndex, phoneIndex);
            matching[i] = new DuplicateSender(name, idIndex, phoneIndex, address);
        }
        return (senders, matching);
    }

    private string? Seal(string? value, string field, Guid senderId) =>
        value is null ? null : _cipher.Encrypt(value, FieldBinding.Row($"PetitionSender.{field}", senderId));
}
