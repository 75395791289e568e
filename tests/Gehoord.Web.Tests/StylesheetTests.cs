using System.Text.RegularExpressions;

namespace Gehoord.Web.Tests;

/// <summary>
/// A brace lost in a merge silently swallows every rule after it into the block before (it once
/// put the icon sizes inside "@media print", and the icons filled the screen). Browsers do not
/// complain, so this check does.
/// </summary>
public sealed partial class StylesheetTests
{
    [Fact]
    public void The_site_stylesheet_has_balanced_blocks()
    {
        var path = Path.Combine(Infrastructure.TestFiles.RepositoryRoot(), "src", "Gehoord.Web", "wwwroot", "css", "site.css");
        var css = Comments().Replace(File.ReadAllText(path), string.Empty);

        var depth = 0;
        var line = 1;
        foreach (var c in css)
        {
            line += c == '\n' ? 1 : 0;
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            Assert.True(depth >= 0, $"An extra '}}' near line {line} of site.css.");
            Assert.True(depth <= 2, $"Blocks nested deeper than @media {{ rule {{ }} }} near line {line} of site.css: a '}}' is missing.");
        }

        Assert.Equal(0, depth);
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
