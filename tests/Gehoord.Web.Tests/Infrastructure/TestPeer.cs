using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Gehoord.Web.Tests.Infrastructure;

/// <summary>
/// The TestServer's requests come from no address at all (RemoteIpAddress is null, and the
/// forwarded-headers middleware believes the first forwarded address of such a request). This
/// gives every request the peer address Kestrel would: the one in its <see cref="Header"/>
/// header, or <see cref="Default"/>. Addresses of the documentation ranges (RFC 5737) are only
/// values here; nothing is sent to them.
/// </summary>
public sealed class TestPeer : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public static readonly IPAddress Default = IPAddress.Parse("192.0.2.1");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers[Header] is [{ } peer] ? IPAddress.Parse(peer) : Default;
            context.Request.Headers.Remove(Header);
            return nextMiddleware(context);
        });
        next(app);
    };
}
