using Gehoord.Domain.Organisations;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gehoord.Web.Features.Intake;

/// <summary>
/// The organisation whose public pages (complaint form, received page, status page) a request is
/// for. Every organisation has its own under <c>/{slug}/…</c>; the installation's default
/// organisation (the setting <c>Gehoord:PublicOrganisation</c>, else the first by name) also
/// has <c>/klacht</c>, <c>/volgen</c> and the English ones. Resolving it also scopes the request
/// to it, since no staff member is signed in there.
/// </summary>
public sealed class PublicOrganisation(GehoordDbContext db, HttpOrganisationScope scope, IOptions<GehoordOptions> options, IHttpContextAccessor accessor)
{
    /// <summary>The route value that holds the organisation's short name.</summary>
    public const string RouteKey = "organisation";

    private Guid? _defaultId;
    private bool _defaultKnown;

    /// <summary>
    /// True when the address names an organisation (<c>/{slug}/klacht</c>). When no such
    /// organisation exists, <see cref="ResolveAsync"/> gives null and the page answers 404.
    /// </summary>
    public bool Addressed => Slug is not null;

    /// <summary>
    /// What the resolved organisation's public addresses start with: empty for the default
    /// organisation, <c>/{slug}</c> for another one. Empty before <see cref="ResolveAsync"/>.
    /// </summary>
    public string Path { get; private set; } = string.Empty;

    private string? Slug => accessor.HttpContext?.GetRouteValue(RouteKey) as string;

    /// <summary>The organisation named in the address, else the default one; null when there is none.</summary>
    public async Task<Organisation?> ResolveAsync(CancellationToken cancellationToken)
    {
        var id = Slug is { } slug
            ? await db.Organisations.Where(o => o.Slug == slug).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken)
            : await DefaultIdAsync(cancellationToken);
        if (id is null)
        {
            return null;
        }

        // Scope first: the units are filtered on the current organisation.
        scope.Use(id.Value);
        var organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == id, cancellationToken);
        Path = await PathAsync(organisation, cancellationToken);
        return organisation;
    }

    /// <summary>Empty for the default organisation, <c>/{slug}</c> for another one.</summary>
    public async Task<string> PathAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return await DefaultIdAsync(cancellationToken) == organisation.Id ? string.Empty : "/" + organisation.Slug;
    }

    /// <summary>The installation's default organisation: the configured short name, else the first by name.</summary>
    public async Task<Guid?> DefaultIdAsync(CancellationToken cancellationToken)
    {
        if (!_defaultKnown)
        {
            var slug = options.Value.PublicOrganisation;
            _defaultId = await (string.IsNullOrWhiteSpace(slug)
                    ? db.Organisations.OrderBy(o => o.Name).Select(o => (Guid?)o.Id)
                    : db.Organisations.Where(o => o.Slug == slug).Select(o => (Guid?)o.Id))
                .FirstOrDefaultAsync(cancellationToken);
            _defaultKnown = true;
        }

        return _defaultId;
    }

    /// <summary>True on the English public pages: <c>/en/…</c> or <c>/{slug}/en/…</c>.</summary>
    public static bool IsEnglish(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        if (request.RouteValues[RouteKey] is string slug && path.StartsWithSegments("/" + slug, StringComparison.Ordinal, out var rest))
        {
            path = rest;
        }

        return path.StartsWithSegments("/en", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The same from the address alone, before routing has read the organisation's short name:
    /// <c>/en/…</c>, or <c>/{short name}/en/…</c> where the first segment can be one.
    /// </summary>
    public static bool IsEnglishPath(PathString path)
    {
        if (path.StartsWithSegments("/en", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2
            && OrganisationSlugRouteConstraint.IsSlug(segments[0])
            && segments[1].Equals("en", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>
/// Matches an organisation's short name in a public address: lower-case letters, digits and
/// dashes, and never a word the installation uses for its own addresses (<c>en</c>,
/// <c>staff</c>, <c>account</c> …), so that <c>/en/complaint</c> or <c>/Staff/…</c> are never
/// taken for an organisation's page.
/// </summary>
public sealed class OrganisationSlugRouteConstraint : IRouteConstraint
{
    public const string Name = "organisation";

    /// <summary>First segments of the installation's own addresses; no organisation can use them (the domain refuses them as short names).</summary>
    public static IReadOnlySet<string> Reserved => Gehoord.Domain.Organisations.Organisation.ReservedSlugs;

    public static bool IsSlug(string? value) =>
        value is not null && Gehoord.Domain.Organisations.Organisation.IsValidSlug(value) && !Reserved.Contains(value);

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && IsSlug(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
