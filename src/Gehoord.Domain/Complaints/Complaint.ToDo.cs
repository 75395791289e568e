using System.Globalization;
using Gehoord.Domain.Deadlines;

namespace Gehoord.Domain.Complaints;

/// <summary>What a "to do now" line asks for; the case page links each kind to where it is done.</summary>
public enum ToDoKind
{
    Acknowledge,
    PersonalContact,
    NotHandledNotice,
    CompleteHandling,
    AskDetails,
}

/// <summary>One thing to do now, with the term it meets (if any) and how urgent that term is.</summary>
public sealed record ToDoItem(ToDoKind Kind, string Text, DeadlineSignal Signal, DateOnly? DueOn);

public sealed partial class Complaint
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>
    /// What must be done now, most pressing first: every term that has passed or is near, each
    /// with the one step that meets it, then the details still to ask. The case page shows this
    /// at the top, so an overdue acknowledgement is never 2,700 pixels down the page.
    /// </summary>
    public IReadOnlyList<ToDoItem> ToDoNow(DateOnly today)
    {
        if (Status == ComplaintStatus.Closed || Kind == ComplaintKind.Signal)
        {
            return [];
        }

        var items = new List<ToDoItem>();
        foreach (var deadline in _deadlines.Where(d => d.MetOn is null).OrderBy(d => d.DueOn))
        {
            // The not-handled notice is a term only for a complaint the handler decided not to
            // handle; on any other complaint it is no task.
            if (deadline.Kind == DeadlineKind.NotHandledNotice && Outcome != ComplaintOutcome.NotHandled)
            {
                continue;
            }

            var signal = DeadlineSignals.For(deadline.DueOn, today);
            if (signal is not (DeadlineSignal.Overdue or DeadlineSignal.DueSoon))
            {
                continue;
            }

            var when = WhenText(deadline.DueOn, today);
            var (kind, text) = deadline.Kind switch
            {
                DeadlineKind.Acknowledgement => (ToDoKind.Acknowledge, $"Stuur de ontvangstbevestiging: {when}."),
                DeadlineKind.PersonalContact => (ToDoKind.PersonalContact, $"Neem persoonlijk contact op met de klager: {when}."),
                DeadlineKind.NotHandledNotice => (ToDoKind.NotHandledNotice, $"Laat de klager weten dat de klacht niet wordt behandeld, met de reden: {when}."),
                _ => (ToDoKind.CompleteHandling, $"Handel de klacht af en stuur de brief met het oordeel: {when}."),
            };
            items.Add(new ToDoItem(kind, text, signal, deadline.DueOn));
        }

        if (DetailsToAsk.Count > 0)
        {
            items.Add(new ToDoItem(ToDoKind.AskDetails, $"Vraag de klager om {string.Join(" en ", DetailsToAsk)}.", DeadlineSignal.None, null));
        }

        return items;
    }

    /// <summary>"de termijn is op 3 maart verlopen (4 dagen te laat)" or "uiterlijk 10 maart (nog 2 dagen)".</summary>
    private static string WhenText(DateOnly due, DateOnly today)
    {
        var days = today.DayNumber - due.DayNumber;
        var date = due.ToString("d MMMM yyyy", Dutch);
        return days switch
        {
            > 1 => $"de termijn is op {date} verlopen ({days} dagen te laat)",
            1 => $"de termijn is op {date} verlopen (1 dag te laat)",
            0 => $"uiterlijk vandaag, {date}",
            -1 => $"uiterlijk morgen, {date}",
            _ => $"uiterlijk {date} (nog {-days} dagen)",
        };
    }
}
