namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// What a fact read from a letter is. The value is kept in 28 bits beside a 4-bit kind, so a fingerprint is an array of
/// integers; kinds that must be shown back (parcel, decision, date, amount, area) keep their value exactly.
/// </summary>
public enum LetterFactKind
{
    SenderIdKey = 1,    // a sender's ID number as the caller keys it (blind index or digits)
    SenderPhoneKey = 2,
    SenderName = 3,
    SenderAddress = 4,
    SenderNameAddress = 5,
    IdNumber = 6,       // a 12-digit ID number written in the letter
    Phone = 7,          // a phone number written in the letter
    Parcel = 8,         // parcel number and map sheet (thửa đất số, tờ bản đồ số)
    Decision = 9,       // number of a decision, notice or judgment (Quyết định số 123/QĐ-UBND)
    Date = 10,
    Amount = 11,        // in thousands of đồng
    Area = 12,          // square metres
    Subject = 13,       // a pair of syllables of what the letter is about: its subject, "(V/v: …)", "về việc …"
}
