using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Complaints;

/// <summary>A deadline that a change of the holiday calendar moves.</summary>
public sealed record DeadlineMove(DeadlineKind Kind, DateOnly From, DateOnly To);

public sealed partial class Complaint
{
    /// <summary>
    /// Which open deadlines would fall on another day under <paramref name="profile"/>, for
    /// example after the administrator adds a bridge day. Met deadlines and closed complaints
    /// keep their dates: they are history. An extended handling deadline is recomputed with
    /// the same total extension.
    /// </summary>
    public IReadOnlyList<DeadlineMove> DeadlineMovesUnder(JurisdictionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (Status == ComplaintStatus.Closed)
        {
            return [];
        }

        var moves = new List<DeadlineMove>();
        var fresh = profile.DeadlinesFor(ReceivedOn, AdvisoryCommittee);
        foreach (var deadline in _deadlines.Where(d => d.MetOn is null))
        {
            var dueOn = deadline.Kind == DeadlineKind.Handling && ExtensionDays > 0
                ? profile.ExtendedHandlingDeadline(ReceivedOn, AdvisoryCommittee, Term.Days(ExtensionDays), writtenConsentOfComplainant: true)
                : fresh.FirstOrDefault(f => f.Kind == deadline.Kind)?.DueOn ?? deadline.DueOn;
            if (dueOn != deadline.DueOn)
            {
                moves.Add(new DeadlineMove(deadline.Kind, deadline.DueOn, dueOn));
            }
        }

        return moves;
    }

    /// <summary>
    /// Why the deadline of <paramref name="kind"/> falls on its date when a weekend or holiday
    /// moved it ("verschoven naar … omdat …"); null when it was not moved, or when the stored
    /// date no longer follows from <paramref name="profile"/> (its terms changed since).
    /// </summary>
    public string? WhyDeadlineMoved(JurisdictionProfile profile, DeadlineKind kind)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var stored = _deadlines.FirstOrDefault(d => d.Kind == kind);
        if (stored is null)
        {
            return null;
        }

        var terms = profile.Terms;
        var term = kind switch
        {
            DeadlineKind.Acknowledgement => terms.Acknowledgement,
            DeadlineKind.PersonalContact => terms.PersonalContact,
            DeadlineKind.NotHandledNotice => terms.NotHandledNotice,
            _ => AdvisoryCommittee ? terms.HandlingWithCommittee : terms.Handling,
        };
        var nominal = profile.Calculator.NominalEndOf(ReceivedOn, term);
        if (kind == DeadlineKind.Handling && ExtensionDays > 0)
        {
            // As ExtendedHandlingDeadline counts: from the nominal end of the original term.
            nominal = nominal.AddDays(ExtensionDays);
        }

        return profile.Calculator.EndOf(nominal, Term.Days(0)) == stored.DueOn
            ? profile.Calculator.WhyMoved(nominal)
            : null;
    }

    /// <summary>Moves the open deadlines to <paramref name="profile"/>'s calendar and records it in the timeline.</summary>
    public IReadOnlyList<DeadlineMove> FollowCalendar(JurisdictionProfile profile, string reason, Actor by, DateTimeOffset at)
    {
        var moves = DeadlineMovesUnder(profile);
        foreach (var move in moves)
        {
            var deadline = _deadlines.First(d => d.Kind == move.Kind && d.MetOn is null);
            deadline.Move(move.To, deadline.TermDescription);
        }

        if (moves.Count > 0)
        {
            RefreshNextDue();
            Record(at, by, TimelineEventKind.DeadlinesMoved, string.Join(" ", moves.Select(m =>
                $"{DeadlineFacts.DutchName(m.Kind)}: {m.From:dd-MM-yyyy} wordt {m.To:dd-MM-yyyy}.")), reason);
        }

        return moves;
    }
}
