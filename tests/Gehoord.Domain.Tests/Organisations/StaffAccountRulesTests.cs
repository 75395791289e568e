using Gehoord.Domain.Organisations;

namespace Gehoord.Domain.Tests.Organisations;

public sealed class StaffAccountRulesTests
{
    [Fact]
    public void The_last_administrator_cannot_be_deactivated_or_lose_the_role()
    {
        var ex = Assert.Throws<DomainException>(() => StaffAccountRules.EnsureAnAdministratorRemains(["u-bea"], "u-bea", staysActiveAdministrator: false));

        Assert.Contains("laatste beheerder", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("u-bea", false)]
    [InlineData("u-bea", true)]
    [InlineData("u-piet", false)]
    public void With_another_administrator_or_when_staying_one_it_is_allowed(string account, bool staysAdministrator) =>
        StaffAccountRules.EnsureAnAdministratorRemains(account == "u-piet" ? ["u-bea"] : ["u-bea", "u-kim"], account, staysAdministrator);

    [Fact]
    public void The_only_administrator_may_stay_administrator() =>
        StaffAccountRules.EnsureAnAdministratorRemains(["u-bea"], "u-bea", staysActiveAdministrator: true);
}
