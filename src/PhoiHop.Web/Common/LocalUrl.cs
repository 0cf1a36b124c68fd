namespace PhoiHop.Common;

/// <summary>
/// A path inside PhoiHop that is safe to redirect to or link: starts with one slash, no second slash or backslash
/// after it, and only printable ASCII, as a Location header must be (a control character or "/　/x" with an
/// ideographic space made the redirect throw). PhoiHop's own links are percent-encoded, so they pass.
/// </summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2000 && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && url.All(c => c is >= ' ' and <= '~');

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
