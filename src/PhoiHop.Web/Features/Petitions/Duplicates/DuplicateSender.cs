namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// A sender as the matcher sees them. <see cref="IdKey"/> and <see cref="PhoneKey"/> are opaque: pass the blind
/// indexes (<see cref="PetitionSender.IdNumberIndex"/>, <see cref="PetitionSender.PhoneIndex"/>) so that a letter at
/// intake and a letter read back from the database give the same keys without decrypting anything; plain digits work
/// too, as long as one index is fed one form. Name and address are the decrypted plain text (they are folded here).
/// </summary>
public sealed record DuplicateSender(string? FullName, string? IdKey = null, string? PhoneKey = null, string? Address = null);
