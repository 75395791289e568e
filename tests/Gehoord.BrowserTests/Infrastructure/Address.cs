using System.Text.RegularExpressions;

namespace Gehoord.BrowserTests.Infrastructure;

/// <summary>
/// Address patterns for WaitForURL. A glob like "**/klacht" misses "/klacht#inhoud": after the
/// skip link the fragment stays on the address, also across a form post and its redirect.
/// </summary>
public static class Address
{
    /// <summary>This path, with or without a query string and fragment.</summary>
    public static Regex Of(string path) =>
        new($"^https?://[^/]+{Regex.Escape(path)}(\\?[^#]*)?(#.*)?$", RegexOptions.CultureInvariant);

    /// <summary>The address without its fragment.</summary>
    public static string WithoutFragment(string url) => url.Split('#', 2)[0];
}
