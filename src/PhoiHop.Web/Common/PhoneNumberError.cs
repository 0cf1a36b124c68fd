namespace PhoiHop.Common;

/// <summary>Why a phone number was refused; the UI labels each one (<c>PhoneNumberError.*</c>).</summary>
public enum PhoneNumberError
{
    None,
    Empty,

    /// <summary>Letters or symbols other than spaces, dots, dashes, parentheses and a leading +.</summary>
    InvalidCharacters,

    /// <summary>Another country's number (+ or 00 followed by a code other than 84).</summary>
    NotVietnamese,

    /// <summary>An 11-digit mobile number starting 01, which the 2018 renumbering replaced with 10 digits.</summary>
    ObsoleteMobileNumber,

    /// <summary>Neither a 10-digit mobile number (03, 05, 07, 08, 09) nor a landline (02, 10–11 digits).</summary>
    NotAPhoneNumber,
}
