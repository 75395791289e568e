using System.Net;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>A Production host with seeding switched on in configuration still seeds nothing.</summary>
public sealed class ProductionFactory() : GehoordFactory(PersistenceSetup.Sqlite)
{
    protected override string EnvironmentName => "Production";
}

public sealed class ProductionTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task Production_never_seeds_demo_accounts_or_organisations()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = factory.Address });
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        Assert.Equal(0, await db.Users.IgnoreQueryFilters().CountAsync());
        Assert.Equal(0, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task Production_shows_no_technical_details_for_a_missing_page()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = factory.Address });

        var response = await client.GetAsync(new Uri("/Staff/bestaat-niet", UriKind.Relative));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Redirect });
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
