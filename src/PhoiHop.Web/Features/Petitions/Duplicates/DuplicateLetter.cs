namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>What a fingerprint is made of: the letter's text and its named senders (none for an anonymous letter).</summary>
public sealed record DuplicateLetter(string? Subject, string Content, IReadOnlyList<DuplicateSender> Senders);
