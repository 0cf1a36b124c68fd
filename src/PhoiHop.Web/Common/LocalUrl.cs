namespace PhoiHop.Common;

/// <summary>
/// A path inside PhoiHop that is safe to redirect to or link: starts with one slash, no second slash or backslash
/// after it, and no control character (which LocalRedirect would refuse with an exception).
/// </summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2000 && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
