namespace PhoiHop.Features.Petitions.Generation;

/// <summary>A named sender of a generated letter. <see cref="Phone"/> is ten digits; the letter may write it grouped.</summary>
public sealed record GeneratedSender(
    string FullName,
    bool IsFemale,
    DateOnly BirthDate,
    string CitizenId,
    DateOnly CitizenIdIssuedOn,
    string Phone,
    string AddressLine,
    string Commune,
    string Province)
{
    public string Address => string.Concat(AddressLine, ", ", Commune, ", ", Province);
}
