using Gehoord.Domain.Access;

namespace Gehoord.Domain.Tests.Access;

public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void The_first_attempt_opens_a_window_of_fifteen_minutes()
    {
        var counted = SignInThrottle.Count(null, Monday);

        Assert.Equal(new SignInAttempts(1, Monday), counted);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 9, 15, 0, TimeSpan.FromHours(1)), counted.WindowEndsAt);
    }

    [Fact]
    public void Attempts_within_the_window_add_up_and_after_it_start_again()
    {
        var counted = SignInThrottle.Count(null, Monday);
        counted = SignInThrottle.Count(counted, Monday.AddMinutes(14));
        Assert.Equal(2, counted.Attempts);

        Assert.Equal(new SignInAttempts(1, Monday.AddMinutes(15)), SignInThrottle.Count(counted, Monday.AddMinutes(15)));
    }

    [Fact]
    public void After_five_attempts_for_an_address_the_sixth_waits_until_the_window_ends()
    {
        SignInAttempts? counted = null;
        for (var minute = 0; minute < 5; minute++)
        {
            counted = SignInThrottle.Count(counted, Monday.AddMinutes(minute));
            Assert.Null(SignInThrottle.Wait(counted, SignInThrottle.AddressAttemptsAllowed, Monday.AddMinutes(minute)));
            Assert.False(SignInThrottle.FirstHeldBack(counted, SignInThrottle.AddressAttemptsAllowed));
        }

        counted = SignInThrottle.Count(counted, Monday.AddMinutes(5));
        Assert.Equal(TimeSpan.FromMinutes(10), SignInThrottle.Wait(counted, SignInThrottle.AddressAttemptsAllowed, Monday.AddMinutes(5)));
        Assert.True(SignInThrottle.FirstHeldBack(counted, SignInThrottle.AddressAttemptsAllowed));

        // Only the first attempt held back tells the account holder: one message per window.
        counted = SignInThrottle.Count(counted, Monday.AddMinutes(6));
        Assert.False(SignInThrottle.FirstHeldBack(counted, SignInThrottle.AddressAttemptsAllowed));
        Assert.NotNull(SignInThrottle.Wait(counted, SignInThrottle.AddressAttemptsAllowed, Monday.AddMinutes(6)));

        // A quarter of an hour after the first attempt, the address starts afresh.
        counted = SignInThrottle.Count(counted, Monday.AddMinutes(15));
        Assert.Null(SignInThrottle.Wait(counted, SignInThrottle.AddressAttemptsAllowed, Monday.AddMinutes(15)));
    }

    [Fact]
    public void A_client_gets_room_for_twenty_attempts()
    {
        Assert.Null(SignInThrottle.Wait(new SignInAttempts(20, Monday), SignInThrottle.ClientAttemptsAllowed, Monday.AddMinutes(1)));
        Assert.Equal(TimeSpan.FromMinutes(14), SignInThrottle.Wait(new SignInAttempts(21, Monday), SignInThrottle.ClientAttemptsAllowed, Monday.AddMinutes(1)));
    }

    [Theory]
    [InlineData(30, 1)]
    [InlineData(60, 1)]
    [InlineData(61, 2)]
    [InlineData(600, 10)]
    public void Waiting_reads_in_whole_minutes_never_zero(int seconds, int minutes) =>
        Assert.Equal(minutes, SignInThrottle.MinutesToWait(TimeSpan.FromSeconds(seconds)));
}
