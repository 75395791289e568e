using System.Text.RegularExpressions;

namespace Gehoord.Web.Tests;

/// <summary>
/// The pages load a trimmed copy of the NL Design System CSS (tools/css/trim.mjs), not the whole
/// library. A view that starts using a component the copy lacks would lose its look without any
/// error, so this compares the views with the copy: every component a view, tag helper or script
/// names must be in it whole, with all its modifiers, because Razor builds some modifiers at run
/// time (utrecht-button--@(…)-action) where no scan can read them.
/// </summary>
public sealed partial class NlDesignSystemCssTests
{
    private static readonly string Web = Path.Combine(Infrastructure.TestFiles.RepositoryRoot(), "src", "Gehoord.Web");

    [Fact]
    public void Every_component_the_views_use_is_in_the_shipped_stylesheet_whole()
    {
        var library = Classes(File.ReadAllText(Path.Combine(Web, "node_modules", "@utrecht", "component-library-css", "dist", "index.css")));
        var shipped = Classes(File.ReadAllText(Path.Combine(Web, "wwwroot", "css", "nl-design-system.css")));
        var libraryBlocks = library.Select(Block).ToHashSet();

        var used = UsedClassNames().Select(Block).Where(libraryBlocks.Contains).ToHashSet();

        // The scan itself works: the layout's skip link and every form's button are found.
        Assert.Contains("utrecht-skip-link", used);
        Assert.Contains("utrecht-button", used);
        var missing = library.Where(c => used.Contains(Block(c)) && !shipped.Contains(c)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0,
            "The views use NL Design System classes that src/Gehoord.Web/wwwroot/css/nl-design-system.css lacks: "
            + string.Join(", ", missing) + ". Run: cd tools/css && npm ci && node trim.mjs");
    }

    [Fact]
    public void The_shipped_stylesheet_holds_the_design_tokens_the_components_read()
    {
        var shipped = File.ReadAllText(Path.Combine(Web, "wwwroot", "css", "nl-design-system.css"));
        var declared = TokenDeclaration().Matches(shipped).Select(m => m.Groups[1].Value).ToHashSet();
        var tokens = File.ReadAllText(Path.Combine(Web, "node_modules", "@utrecht", "design-tokens", "dist", "index.css"));
        // The theme's own block on <body class="utrecht-theme">; other blocks set tokens inside components the views do not use.
        var start = tokens.IndexOf("\n.utrecht-theme {", StringComparison.Ordinal);
        var theme = tokens[start..tokens.IndexOf("\n}", start, StringComparison.Ordinal)];
        var available = TokenDeclaration().Matches(theme).Select(m => m.Groups[1].Value).ToHashSet();

        // A token read with var() that the theme defines must be defined in the shipped copy too;
        // the components' own private properties (--_utrecht-…) are not tokens.
        var read = TokenUse().Matches(shipped).Select(m => m.Groups[1].Value).Where(available.Contains).ToHashSet();
        Assert.NotEmpty(read);
        Assert.Empty(read.Where(t => !declared.Contains(t)).Order(StringComparer.Ordinal));
    }

    /// <summary>Class-like words in the places the trim script reads (tools/css/trim.mjs, "sources").</summary>
    private static IEnumerable<string> UsedClassNames()
    {
        var sources = new[] { ("Features", "*.cshtml"), ("Features", "*.cs"), ("Infrastructure", "*.cs"), (Path.Combine("wwwroot", "js"), "*.js") };
        return sources
            .SelectMany(s => Directory.GetFiles(Path.Combine(Web, s.Item1), s.Item2, SearchOption.AllDirectories))
            .SelectMany(file => ClassName().Matches(File.ReadAllText(file)).Select(m => m.Value));
    }

    private static HashSet<string> Classes(string css) => ClassSelector().Matches(css).Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>The component a class belongs to: the part before a modifier (--) or element (__).</summary>
    private static string Block(string className) => className.Split(["--", "__"], StringSplitOptions.None)[0];

    [GeneratedRegex(@"\b(?:utrecht|nl)-[a-z0-9_-]*[a-z0-9]")]
    private static partial Regex ClassName();

    [GeneratedRegex(@"\.((?:utrecht|nl)-[a-z0-9_-]*[a-z0-9])")]
    private static partial Regex ClassSelector();

    [GeneratedRegex(@"(--utrecht-[a-z0-9-]+)\s*:")]
    private static partial Regex TokenDeclaration();

    [GeneratedRegex(@"var\(\s*(--utrecht-[a-z0-9-]+)")]
    private static partial Regex TokenUse();
}
