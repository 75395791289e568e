namespace Gehoord.Domain.Tests;

public sealed class DomainExceptionTests
{
    [Fact]
    public void Keeps_the_message_for_staff()
    {
        var ex = new DomainException("Dit mag niet.");
        Assert.Equal("Dit mag niet.", ex.Message);
    }
}
