using Gehoord.Domain.Letters;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Intake;

namespace Gehoord.Domain.Tests.Intake;

public sealed class CitizenStatusTests
{
    private static readonly DateOnly Today = TestDates.D("2026-05-20");
    private static readonly DateOnly Due = TestDates.D("2026-06-05");
    private static readonly bool[] Languages = [false, true];

    public static TheoryData<ComplaintStatus, bool> OpenStatuses()
    {
        var data = new TheoryData<ComplaintStatus, bool>();
        foreach (var status in Enum.GetValues<ComplaintStatus>().Where(s => s != ComplaintStatus.Closed))
        {
            data.Add(status, false);
            data.Add(status, true);
        }

        return data;
    }

    public static TheoryData<ComplaintOutcome, bool> Outcomes()
    {
        var data = new TheoryData<ComplaintOutcome, bool>();
        foreach (var outcome in Enum.GetValues<ComplaintOutcome>())
        {
            data.Add(outcome, false);
            data.Add(outcome, true);
        }

        return data;
    }

    [Fact]
    public void A_new_complaint_says_it_was_received_and_when_the_citizen_will_hear()
    {
        var view = CitizenStatus.For(ComplaintStatus.Received, ComplaintKind.Complaint, ComplaintOutcome.None, Due, Today);

        Assert.Equal("Wij hebben uw klacht ontvangen.", view.Stage);
        Assert.Equal("Een medewerker neemt binnenkort contact met u op.", view.NextStep);
        Assert.Equal(Due, view.HearBy);
        Assert.Equal("U hoort uiterlijk op 5 juni 2026 van ons.", view.HearByText);
        Assert.False(view.IsClosed);
    }

    [Fact]
    public void The_investigation_mentions_the_hearing() =>
        Assert.Equal(
            "We onderzoeken uw klacht. Misschien nodigen we u uit voor een gesprek (hoorzitting).",
            CitizenStatus.For(ComplaintStatus.Investigating, ComplaintKind.Complaint, ComplaintOutcome.None, Due, Today).Stage);

    [Theory]
    [MemberData(nameof(OpenStatuses))]
    public void Every_open_status_has_a_stage_a_next_step_and_a_date(ComplaintStatus status, bool english)
    {
        var view = CitizenStatus.For(status, ComplaintKind.Complaint, ComplaintOutcome.None, Due, Today, english);

        Assert.False(string.IsNullOrWhiteSpace(view.Stage));
        Assert.False(string.IsNullOrWhiteSpace(view.NextStep));
        Assert.Equal(Due, view.HearBy);
        Assert.Equal(english ? "You will hear from us by 5 June 2026 at the latest." : "U hoort uiterlijk op 5 juni 2026 van ons.", view.HearByText);
        Assert.False(view.IsClosed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_open_status_reads_differently(bool english)
    {
        var stages = Enum.GetValues<ComplaintStatus>()
            .Where(s => s != ComplaintStatus.Closed)
            .Select(s => CitizenStatus.For(s, ComplaintKind.Complaint, ComplaintOutcome.None, Due, Today, english).Stage)
            .ToList();

        Assert.Equal(stages.Count, stages.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void A_closed_complaint_promises_no_date_and_keeps_the_door_open(ComplaintOutcome outcome, bool english)
    {
        var view = CitizenStatus.For(ComplaintStatus.Closed, ComplaintKind.Complaint, outcome, Due, Today, english);

        Assert.True(view.IsClosed);
        Assert.Null(view.HearBy);
        Assert.Null(view.HearByText);
        Assert.False(string.IsNullOrWhiteSpace(view.Stage));
        Assert.Contains(english ? "contact us" : "contact met ons op", view.NextStep + " " + view.Stage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_outcome_reads_differently(bool english)
    {
        var stages = Enum.GetValues<ComplaintOutcome>()
            .Select(o => CitizenStatus.For(ComplaintStatus.Closed, ComplaintKind.Complaint, o, null, Today, english).Stage)
            .ToList();

        Assert.Equal(stages.Count, stages.Distinct().Count());
    }

    [Theory]
    [InlineData(ComplaintOutcome.Resolved, "Uw klacht is opgelost en afgesloten.")]
    [InlineData(ComplaintOutcome.ResolvedOnTheSpot, "Uw klacht is meteen opgelost en afgesloten.")]
    [InlineData(ComplaintOutcome.Judged, "Uw klacht is afgesloten. U hebt een brief gekregen met ons oordeel.")]
    [InlineData(ComplaintOutcome.Referred, "Uw klacht is afgesloten. Een andere organisatie helpt u verder.")]
    [InlineData(ComplaintOutcome.Withdrawn, "U hebt uw klacht ingetrokken. De klacht is afgesloten.")]
    [InlineData(ComplaintOutcome.NotHandled, "Wij behandelen uw klacht niet. U hebt een brief gekregen waarin staat waarom.")]
    [InlineData(ComplaintOutcome.Forwarded, "Wij hebben uw klacht doorgestuurd naar de organisatie die erover gaat.")]
    public void Closed_stage_names_the_outcome(ComplaintOutcome outcome, string stage) =>
        Assert.Equal(stage, CitizenStatus.For(ComplaintStatus.Closed, ComplaintKind.Complaint, outcome, null, Today).Stage);

    [Theory]
    [InlineData(false, "Het duurt langer dan de bedoeling was. Dat spijt ons. Wij nemen contact met u op.")]
    [InlineData(true, "It is taking longer than it should. We are sorry. We will contact you.")]
    public void An_overdue_complaint_says_sorry_and_gives_no_date(bool english, string text)
    {
        var view = CitizenStatus.For(ComplaintStatus.Resolving, ComplaintKind.Complaint, ComplaintOutcome.None, Today.AddDays(-1), Today, english);

        Assert.Null(view.HearBy);
        Assert.Equal(text, view.HearByText);
        Assert.False(view.IsClosed);
    }

    [Fact]
    public void Due_today_is_not_yet_overdue()
    {
        var view = CitizenStatus.For(ComplaintStatus.Exploring, ComplaintKind.Complaint, ComplaintOutcome.None, Today, Today);

        Assert.Equal(Today, view.HearBy);
        Assert.Equal("U hoort uiterlijk op 20 mei 2026 van ons.", view.HearByText);
    }

    [Fact]
    public void Without_a_due_date_no_date_is_promised()
    {
        var view = CitizenStatus.For(ComplaintStatus.Received, ComplaintKind.Complaint, ComplaintOutcome.None, null, Today);

        Assert.Null(view.HearBy);
        Assert.Null(view.HearByText);
    }

    [Theory]
    [InlineData(false, "Uw melding is geregistreerd.", "U krijgt hierop geen antwoord, maar wij leren ervan.")]
    [InlineData(true, "Your report has been registered.", "You will not get a reply, but we learn from it.")]
    public void A_signal_gets_no_reply_and_no_date(bool english, string stage, string nextStep)
    {
        var view = CitizenStatus.For(ComplaintStatus.Received, ComplaintKind.Signal, ComplaintOutcome.None, Due, Today, english);

        Assert.Equal(stage, view.Stage);
        Assert.Equal(nextStep, view.NextStep);
        Assert.Null(view.HearBy);
        Assert.Null(view.HearByText);
    }

    [Fact]
    public void Unknown_values_are_refused_rather_than_shown_empty()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CitizenStatus.For((ComplaintStatus)99, ComplaintKind.Complaint, ComplaintOutcome.None, Due, Today));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CitizenStatus.For(ComplaintStatus.Closed, ComplaintKind.Complaint, (ComplaintOutcome)99, Due, Today));
    }

    [Fact]
    public void The_page_shows_only_fixed_sentences_and_never_a_placeholder_or_number()
    {
        // Anyone with the tracking code sees this page. The API takes no personal data; this
        // guards that no text ever grows a slot for a name, a reference or a description.
        var views =
            from status in Enum.GetValues<ComplaintStatus>()
            from kind in Enum.GetValues<ComplaintKind>()
            from outcome in Enum.GetValues<ComplaintOutcome>()
            from due in new DateOnly?[] { null, Due, Today.AddDays(-3) }
            from english in Languages
            select CitizenStatus.For(status, kind, outcome, due, Today, english);

        Assert.All(views, v =>
        {
            foreach (var text in new[] { v.Stage, v.NextStep })
            {
                Assert.DoesNotContain("{", text, StringComparison.Ordinal);
                Assert.DoesNotContain("}", text, StringComparison.Ordinal);
                Assert.DoesNotMatch("[0-9@]", text);
            }

            if (v.HearByText is not null)
            {
                Assert.DoesNotContain("{", v.HearByText, StringComparison.Ordinal);
                Assert.DoesNotMatch("@", v.HearByText);
            }
        });
    }

    [Fact]
    public void Every_text_is_short_and_plain()
    {
        var texts = (
            from status in Enum.GetValues<ComplaintStatus>()
            from kind in Enum.GetValues<ComplaintKind>()
            from outcome in Enum.GetValues<ComplaintOutcome>()
            let v = CitizenStatus.For(status, kind, outcome, Today.AddDays(-1), Today)
            from text in new[] { v.Stage, v.NextStep, v.HearByText ?? string.Empty }
            select text).Distinct().ToList();

        Assert.All(texts, t => Assert.Empty(Readability.LongSentences(t)));
        Assert.True(Readability.FleschDouma(string.Join(' ', texts)) >= 60);
    }
}
