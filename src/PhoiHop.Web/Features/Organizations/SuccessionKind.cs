namespace PhoiHop.Features.Organizations;

public enum SuccessionKind
{
    Merge = 0,
    Split = 1,
    Rename = 2,
}
