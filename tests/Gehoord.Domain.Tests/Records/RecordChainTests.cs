using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Domain.Records;
using Gehoord.Domain.Tests.Complaints;

namespace Gehoord.Domain.Tests.Records;

/// <summary>The hash chains of the timeline and the configuration history (ADR 20).</summary>
public sealed class RecordChainTests
{
    private static readonly Actor Admin = Actor.Staff("u-admin", "Bea Beheerder");

    /// <summary>A complaint with twelve events, each a real step.</summary>
    private static Complaint TwelveEvents()
    {
        var complaint = ComplaintBuilder.Assigned();
        for (var i = complaint.Timeline.Count; i < 12; i++)
        {
            complaint.AddNote($"Notitie {i}", ComplaintBuilder.Handler, ComplaintBuilder.Now.AddMinutes(i));
        }

        Assert.Equal(12, complaint.Timeline.Count);
        return complaint;
    }

    private static List<ChainEntry> Entries(Complaint complaint) =>
        complaint.Timeline.Select(e => e.Entry(complaint.Id)).ToList();

    [Fact]
    public void A_timeline_as_written_verifies_and_its_first_event_links_to_the_genesis_value()
    {
        var complaint = TwelveEvents();
        var first = complaint.Timeline.Single(e => e.Sequence == 1);

        Assert.Null(complaint.VerifyTimeline());
        Assert.Equal(RecordChain.Link(RecordChain.Genesis, first.Content(complaint.Id)), first.Hash);
        Assert.Equal(new ChainHead(12, complaint.Timeline.Single(e => e.Sequence == 12).Hash!), complaint.TimelineHead);
    }

    [Fact]
    public void A_changed_event_is_named_as_the_first_broken_link()
    {
        var complaint = TwelveEvents();
        var entries = Entries(complaint);
        entries[6] = entries[6] with { Content = entries[6].Content.Replace("Notitie", "notitie", StringComparison.Ordinal) };

        var broken = RecordChain.Verify(entries, complaint.TimelineHead);

        Assert.Equal(new ChainBreak(7, 12, ChainBreakKind.Changed), broken);
        Assert.Equal("Gebeurtenis 7 van 12 is veranderd of verwijderd.", broken!.Describe("Gebeurtenis"));
    }

    [Fact]
    public void A_hash_recomputed_for_a_changed_event_breaks_the_next_link()
    {
        var complaint = TwelveEvents();
        var entries = Entries(complaint);
        var content = entries[6].Content.Replace("Notitie", "notitie", StringComparison.Ordinal);
        entries[6] = entries[6] with { Content = content, Hash = RecordChain.Link(entries[5].Hash!, content) };

        Assert.Equal(new ChainBreak(8, 12, ChainBreakKind.Changed), RecordChain.Verify(entries, complaint.TimelineHead));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(6, 7)]
    public void A_removed_event_is_named(int index, int position)
    {
        var complaint = TwelveEvents();
        var entries = Entries(complaint);
        entries.RemoveAt(index);

        var broken = RecordChain.Verify(entries, complaint.TimelineHead);

        Assert.Equal(new ChainBreak(position, 12, ChainBreakKind.Removed), broken);
        Assert.Equal($"Gebeurtenis {position} van 12 ontbreekt: die is verwijderd.", broken!.Describe("Gebeurtenis"));
    }

    [Fact]
    public void A_removed_last_event_shows_through_the_head_on_the_complaint()
    {
        var complaint = TwelveEvents();
        var entries = Entries(complaint);
        entries.RemoveAt(11);

        Assert.Null(RecordChain.Verify(entries, head: null));
        Assert.Equal(new ChainBreak(12, 12, ChainBreakKind.Removed), RecordChain.Verify(entries, complaint.TimelineHead));
    }

    [Fact]
    public void Renumbered_events_after_a_removal_break_the_chain_where_the_removal_was()
    {
        var complaint = TwelveEvents();
        var entries = Entries(complaint);
        entries.RemoveAt(6);
        entries = entries.Select((e, i) => e with { Sequence = i + 1 }).ToList();

        Assert.Equal(7, RecordChain.Verify(entries, complaint.TimelineHead)!.Position);
    }

    [Fact]
    public void A_swapped_pair_of_events_breaks_the_chain()
    {
        var complaint = TwelveEvents();
        var entries = Entries(complaint);
        (entries[3], entries[4]) = (entries[4] with { Sequence = 4 }, entries[3] with { Sequence = 5 });

        Assert.Equal(4, RecordChain.Verify(entries, complaint.TimelineHead)!.Position);
    }

    public static TheoryData<string, object?> TimelineFields => new()
    {
        { nameof(TimelineEvent.Sequence), 99 },
        { nameof(TimelineEvent.At), new DateTimeOffset(2026, 3, 3, 10, 0, 0, 1, TimeSpan.Zero) },
        { nameof(TimelineEvent.ActorId), "u-someone-else" },
        { nameof(TimelineEvent.ActorName), "Iemand Anders" },
        { nameof(TimelineEvent.Kind), TimelineEventKind.Closed },
        { nameof(TimelineEvent.What), "Iets anders." },
        { nameof(TimelineEvent.Why), "Een reden." },
    };

    [Theory]
    [MemberData(nameof(TimelineFields))]
    public void Every_field_of_an_event_is_in_its_content(string field, object? value)
    {
        var complaint = ComplaintBuilder.Register();
        var registered = complaint.Timeline[0];
        var before = registered.Content(complaint.Id);

        typeof(TimelineEvent).GetProperty(field)!.SetValue(registered, value);

        Assert.NotEqual(before, registered.Content(complaint.Id));
        Assert.NotNull(complaint.VerifyTimeline());
    }

    [Fact]
    public void The_complaint_is_in_the_content_so_an_event_cannot_move_to_another_case()
    {
        var complaint = ComplaintBuilder.Register();
        var registered = complaint.Timeline[0];

        Assert.NotEqual(registered.Content(complaint.Id), registered.Content(Guid.NewGuid()));
    }

    [Fact]
    public void Moments_are_written_in_UTC_to_the_microsecond_and_stored_without_the_part_below()
    {
        var local = new DateTimeOffset(2026, 7, 1, 14, 5, 6, TimeSpan.FromHours(2)).AddTicks(1_234_567);

        Assert.Equal("2026-07-01T12:05:06.123456Z", RecordChain.Moment(local));
        Assert.Equal(0, RecordChain.Truncate(local).UtcTicks % 10);
        Assert.Equal(RecordChain.Moment(local), RecordChain.Moment(RecordChain.Truncate(local)));
    }

    [Fact]
    public void Canonical_content_keeps_values_apart_and_null_apart_from_empty()
    {
        var split = new CanonicalContent().Add("a", "x\nb=1:y").ToString();
        var two = new CanonicalContent().Add("a", "x").Add("b", "y").ToString();

        Assert.NotEqual(split, two);
        Assert.NotEqual(new CanonicalContent().Add("why", null).ToString(), new CanonicalContent().Add("why", string.Empty).ToString());
    }

    [Fact]
    public void An_empty_chain_is_whole_and_the_hash_is_lower_case_SHA256()
    {
        Assert.Null(RecordChain.Verify([], head: null));
        // SHA-256 of the genesis value, a line break and "abc" (printf | sha256sum), so the format cannot drift unnoticed.
        Assert.Equal("ac10ec504bb4ed3d77c3b3d1cf8fc534a2f6658185a64fc00b24a1afce46cec3", RecordChain.Link(RecordChain.Genesis, "abc"));
    }

    [Fact]
    public void A_timeline_from_before_the_chain_is_sealed_once_in_the_order_of_its_numbers()
    {
        var complaint = TwelveEvents();
        var field = typeof(Complaint).GetProperty(nameof(Complaint.TimelineHash))!;
        field.SetValue(complaint, null);

        Assert.True(complaint.SealUnsealedTimeline());
        Assert.False(complaint.SealUnsealedTimeline());
        Assert.Null(complaint.VerifyTimeline());
    }

    [Fact]
    public void The_configuration_history_is_numbered_sealed_and_verified_per_organisation()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Zuiderdorp", "zuiderdorp", JurisdictionProfileCode.NlAwb);
        var at = ComplaintBuilder.Now;
        var history = new List<ConfigurationChange>();
        for (var round = 0; round < 3; round++)
        {
            var changes = ConfigurationChange.Between(
                organisation.Id,
                "Organisatie",
                new Dictionary<string, string> { ["Telefoon"] = $"{round}", ["E-mail"] = $"{round}@example.org" },
                new Dictionary<string, string> { ["Telefoon"] = $"{round + 1}", ["E-mail"] = $"{round + 1}@example.org" },
                Admin,
                at.AddMinutes(round),
                Guid.NewGuid);
            organisation.AppendToHistory(changes);
            history.AddRange(changes);
        }

        Assert.Equal(Enumerable.Range(1, 6), history.Select(c => c.Sequence));
        Assert.Equal(new ChainHead(6, history[^1].Hash!), organisation.HistoryHead);
        Assert.Null(organisation.VerifyHistory(history));

        Assert.Equal(new ChainBreak(6, 6, ChainBreakKind.Removed), organisation.VerifyHistory(history.Take(5)));

        typeof(ConfigurationChange).GetProperty(nameof(ConfigurationChange.NewValue))!.SetValue(history[3], "06-99999999");
        Assert.Equal("Wijziging 4 van 6 is veranderd of verwijderd.", organisation.VerifyHistory(history)!.Describe("Wijziging"));
    }

    [Fact]
    public void A_change_is_appended_once_and_only_to_its_own_organisation()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Zuiderdorp", "zuiderdorp", JurisdictionProfileCode.NlAwb);
        var change = new ConfigurationChange(Guid.NewGuid(), organisation.Id, ComplaintBuilder.Now, Admin, "Organisatie", "Naam", "A", "B");
        var elsewhere = new ConfigurationChange(Guid.NewGuid(), Guid.NewGuid(), ComplaintBuilder.Now, Admin, "Organisatie", "Naam", "A", "B");
        organisation.AppendToHistory([change]);

        Assert.Throws<InvalidOperationException>(() => organisation.AppendToHistory([change]));
        Assert.Throws<InvalidOperationException>(() => organisation.AppendToHistory([elsewhere]));
    }
}
