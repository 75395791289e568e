using System.Security.Claims;
using Gehoord.Web.Features.Account;

namespace Gehoord.Web.Tests;

/// <summary>Which address a single sign-on vouches for (ADR 9), claim by claim.</summary>
public sealed class OidcEmailClaimTests
{
    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));

    [Theory]
    [InlineData("email", "bram@voorbeeld.nl", "bram@voorbeeld.nl")]
    [InlineData("email", " bram@voorbeeld.nl ", "bram@voorbeeld.nl")]
    [InlineData("preferred_username", "bram@voorbeeld.nl", "bram@voorbeeld.nl")]
    [InlineData("upn", "bram@voorbeeld.nl", "bram@voorbeeld.nl")]
    [InlineData("preferred_username", "bram", null)]
    [InlineData("upn", "VOORBEELD\\bram", null)]
    [InlineData("email", "Bram <bram@voorbeeld.nl>", null)]
    [InlineData("email", "bram@localhost", null)]
    [InlineData("name", "bram@voorbeeld.nl", null)]
    public void Reads_an_address_only_from_claims_that_carry_one(string type, string value, string? expected)
    {
        Assert.Equal(expected, SingleSignOnEmail.Read(Principal((type, value)), out var unverified));
        Assert.False(unverified);
    }

    [Fact]
    public void The_email_claim_goes_before_the_user_name()
    {
        var email = SingleSignOnEmail.Read(Principal(("upn", "b.behandelaar@voorbeeld.nl"), ("email", "bram@voorbeeld.nl")), out _);

        Assert.Equal("bram@voorbeeld.nl", email);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    [InlineData("nee")]
    public void An_address_the_provider_calls_unverified_is_not_used(string verified)
    {
        var email = SingleSignOnEmail.Read(Principal(("email", "bram@voorbeeld.nl"), ("email_verified", verified), ("upn", "bram@voorbeeld.nl")), out var unverified);

        Assert.Null(email);
        Assert.True(unverified);
    }

    [Fact]
    public void A_verified_address_is_used()
    {
        Assert.Equal("bram@voorbeeld.nl", SingleSignOnEmail.Read(Principal(("email", "bram@voorbeeld.nl"), ("email_verified", "true")), out _));
    }
}
