using Microsoft.Extensions.Options;

namespace Gehoord.Web.Infrastructure;

/// <summary>
/// Where every absolute link that leaves Gehoord starts (the status link in an acknowledgement,
/// an invitation, a reminder digest, a letter): the configured <c>Gehoord:BaseUrl</c>. A request's
/// Host header is the sender's to choose, so it is only used when no address is configured,
/// which Production refuses at start-up (<see cref="EdgeSettings"/>); outside Production it keeps
/// a developer's own address working, and without a request the demo's address is used.
/// </summary>
public sealed class PublicAddress(IOptions<GehoordOptions> options, IHttpContextAccessor http)
{
    /// <summary>The address <c>dotnet run</c> serves on (launchSettings.json).</summary>
    public const string DevelopmentAddress = "http://localhost:5080";

    /// <summary>True when links come from configuration, never from a request.</summary>
    public bool Configured => !string.IsNullOrWhiteSpace(options.Value.BaseUrl);

    /// <summary>The address without a trailing slash, e.g. https://klachten.zuiderdorp.nl.</summary>
    public string BaseUrl
    {
        get
        {
            if (Configured)
            {
                return options.Value.BaseUrl.Trim().TrimEnd('/');
            }

            return http.HttpContext?.Request is { Host.HasValue: true } request
                ? $"{request.Scheme}://{request.Host}"
                : DevelopmentAddress;
        }
    }

    /// <summary>An absolute link to <paramref name="path"/> (which starts with a slash).</summary>
    public string Link(string path) => BaseUrl + path;
}
