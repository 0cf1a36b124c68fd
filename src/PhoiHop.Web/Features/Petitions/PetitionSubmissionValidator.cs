using PhoiHop.Common;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// The rules a registered letter must meet, shared by the staff form, the API and the portal. Each problem names the
/// field by its property path (e.g. <c>Senders[1].FullName</c>) and a message key of SharedResource.
/// </summary>
public static class PetitionSubmissionValidator
{
    public const int MaxSenders = 50;
    public const int MaxSenderCount = 100_000;
    public const int NameLength = 200;
    public const int AddressLength = 500;
    public const int PhoneLength = 30;
    public const int UnitCodeLength = 16;
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public sealed record Problem(string Field, string MessageKey, params object[] Arguments);

    /// <summary>An argument that is itself a message to localise.</summary>
    public sealed record MessageKey(string Key);

    public static List<Problem> Validate(PetitionSubmission s, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(s);
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(s.ReceivingBodyCode))
            problems.Add(new(nameof(s.ReceivingBodyCode), "Validation.Required"));
        if (s.Channel is not { } channel || !Enum.IsDefined(channel))
            problems.Add(new(nameof(s.Channel), "Validation.Required"));
        if (s.ReceivedOn is not { } received)
            problems.Add(new(nameof(s.ReceivedOn), "Validation.Required"));
        else if (received > today)
            problems.Add(new(nameof(s.ReceivedOn), "Petitions.ReceivedInFuture"));
        else if (received < Earliest)
            problems.Add(new(nameof(s.ReceivedOn), "Petitions.ReceivedTooEarly", Display.Date(Earliest)));
        if (s.Kind is { } kind && !Enum.IsDefined(kind))
            problems.Add(new(nameof(s.Kind), "Validation.UnknownChoice"));
        if (s.FieldCode is { Length: > 0 } field && PetitionFields.Default.Find(field) is null)
            problems.Add(new(nameof(s.FieldCode), "Validation.UnknownChoice"));
        Text(problems, nameof(s.Subject), s.Subject, PetitionConfiguration.SubjectLength, required: true);
        Text(problems, nameof(s.Content), s.Content, PetitionConfiguration.ContentLength, required: true);

        s.Senders ??= [];
        if (s.Senders.Count > MaxSenders)
            problems.Add(new(nameof(s.Senders), "Petitions.TooManySenders", MaxSenders));
        else if (s.Anonymous && s.Senders.Count > 0)
            problems.Add(new(nameof(s.Senders), "Petitions.AnonymousWithSenders"));
        else if (!s.Anonymous && s.Senders.Count == 0)
            problems.Add(new(nameof(s.Senders), "Petitions.SenderRequired"));
        else
        {
            for (var i = 0; i < s.Senders.Count; i++)
            {
                var sender = s.Senders[i] ?? new SenderSubmission();
                var prefix = $"{nameof(s.Senders)}[{i}].";
                Text(problems, prefix + nameof(sender.FullName), sender.FullName, NameLength, required: true);
                Text(problems, prefix + nameof(sender.Address), sender.Address, AddressLength, required: false);
                Text(problems, prefix + nameof(sender.AdministrativeUnitCode), sender.AdministrativeUnitCode, UnitCodeLength, required: false);
                if (!string.IsNullOrWhiteSpace(sender.IdNumber) && !CitizenIdNumber.TryParse(sender.IdNumber, today, out _, out var idError))
                    problems.Add(new(prefix + nameof(sender.IdNumber), $"CitizenIdError.{idError}"));
                if (!string.IsNullOrWhiteSpace(sender.Phone) && !PhoneNumber.TryParse(sender.Phone, out _, out var phoneError))
                    problems.Add(new(prefix + nameof(sender.Phone), $"PhoneNumberError.{phoneError}"));
            }
        }

        if (s.SenderCount is { } count && (count < (s.Anonymous ? 0 : Math.Max(1, s.Senders.Count)) || count > MaxSenderCount))
            problems.Add(new(nameof(s.SenderCount), "Petitions.SenderCountInvalid", s.Senders.Count, MaxSenderCount));
        return problems;
    }

    /// <summary>
    /// A letter checked for duplicates before it is registered: only its text is required; senders are optional, and an
    /// ID number or phone that does not parse is simply not matched on.
    /// </summary>
    public static List<Problem> ValidateForMatching(PetitionSubmission s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var problems = new List<Problem>();
        Text(problems, nameof(s.Subject), s.Subject, PetitionConfiguration.SubjectLength, required: false);
        Text(problems, nameof(s.Content), s.Content, PetitionConfiguration.ContentLength, required: true);
        s.Senders ??= [];
        if (s.Senders.Count > MaxSenders)
            problems.Add(new(nameof(s.Senders), "Petitions.TooManySenders", MaxSenders));
        else
        {
            for (var i = 0; i < s.Senders.Count; i++)
            {
                var sender = s.Senders[i] ??= new SenderSubmission();
                var prefix = $"{nameof(s.Senders)}[{i}].";
                Text(problems, prefix + nameof(sender.FullName), sender.FullName, NameLength, required: false);
                Text(problems, prefix + nameof(sender.Address), sender.Address, AddressLength, required: false);
                Text(problems, prefix + nameof(sender.Phone), sender.Phone, PhoneLength, required: false);
                Text(problems, prefix + nameof(sender.IdNumber), sender.IdNumber, PhoneLength, required: false);
            }
        }
        return problems;
    }

    private static void Text(List<Problem> problems, string field, string? value, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
                problems.Add(new(field, "Validation.Required"));
        }
        else if (value.Trim().Length > max)
        {
            problems.Add(new(field, "Validation.TooLong", max));
        }
    }
}
