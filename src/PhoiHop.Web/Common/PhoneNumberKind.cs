namespace PhoiHop.Common;

public enum PhoneNumberKind
{
    Mobile,
    Landline,
}
