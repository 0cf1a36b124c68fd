namespace PhoiHop.Common;

/// <summary>Why a personal identification number was refused; the UI labels each one (<c>CitizenIdError.*</c>).</summary>
public enum CitizenIdError
{
    None,
    Empty,
    NotTwelveDigits,
    UnknownProvince,
    BirthYearInFuture,
}
