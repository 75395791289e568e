namespace Gehoord.Domain.Complaints;

/// <summary>
/// What staff add to a file beside the handling steps: corrected or completed details of the
/// complainant, notes, and an urgent marking. Each is a timeline event, so the file shows who
/// changed what and when.
/// </summary>
public sealed partial class Complaint
{
    /// <summary>The longest note: a page of text; longer material belongs in an attachment.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>Whether the complaint must be handled before others (a citizen without heating, a deadline of their own).</summary>
    public bool IsUrgent { get; private set; }

    /// <summary>Why it is urgent, as the person who marked it said.</summary>
    public string? UrgentReason { get; private set; }

    /// <summary>
    /// What staff still need to ask the complainant, so that the complaint can be answered:
    /// a way to reach them, and for a written complaint their name and address (a written
    /// complaint states name and address, Awb 9:4; missing details are asked for, never a reason
    /// to drop the complaint). Empty for a signal, which needs no answer.
    /// </summary>
    public IReadOnlyList<string> DetailsToAsk
    {
        get
        {
            if (Kind == ComplaintKind.Signal || Status == ComplaintStatus.Closed || Complainant.PreferredContact == PreferredContact.NoContact)
            {
                return [];
            }

            var ask = new List<string>();
            var hasName = Complainant.Name is not null || Complainant.Representative?.Name is not null;
            var hasAddress = Complainant.Street is not null && Complainant.City is not null;
            if (IsWritten && !hasName)
            {
                ask.Add("de naam van de klager");
            }

            if (IsWritten && !hasAddress && Complainant.Email is null && Complainant.Representative?.Email is null)
            {
                ask.Add("het postadres of e-mailadres van de klager, voor de ontvangstbevestiging en het antwoord");
            }
            else if (!Complainant.CanBeContacted)
            {
                ask.Add("een telefoonnummer, e-mailadres of postadres, om de klager te kunnen bereiken");
            }

            return ask;
        }
    }

    /// <summary>
    /// Replaces the complainant's details with corrected or completed ones. The timeline says
    /// which details changed, not their values: the file already holds those.
    /// </summary>
    public void CorrectComplainant(Complainant corrected, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        EnsureOpen();
        var next = corrected.Normalised();
        next.EnsureFits();
        var changed = ChangedDetails(Complainant, next);
        if (changed.Count == 0)
        {
            throw new DomainException("Er is niets veranderd aan de gegevens van de klager.");
        }

        Complainant = next;
        Record(at, by, TimelineEventKind.ComplainantUpdated, $"Gegevens van de klager aangevuld of verbeterd: {string.Join(", ", changed)}.");
    }

    /// <summary>A note in the file: what was agreed by phone, a remark for a colleague. Also on a closed file.</summary>
    public void AddNote(string text, Actor by, DateTimeOffset at)
    {
        var note = text?.Trim();
        if (string.IsNullOrEmpty(note))
        {
            throw new DomainException("Schrijf eerst de notitie.");
        }

        if (note.Length > MaxNoteLength)
        {
            throw new DomainException($"Een notitie is hoogstens {MaxNoteLength} tekens. Zet een langer stuk als bijlage bij de klacht.");
        }

        Record(at, by, TimelineEventKind.NoteAdded, note);
    }

    /// <summary>Marks the complaint urgent, with the reason; lists and start pages show it first.</summary>
    public void MarkUrgent(string reason, Actor by, DateTimeOffset at)
    {
        EnsureOpen();
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why))
        {
            throw new DomainException("Schrijf op waarom deze klacht spoed heeft.");
        }

        if (why.Length > 500)
        {
            throw new DomainException("Houd de reden kort: hoogstens 500 tekens.");
        }

        var wasUrgent = IsUrgent;
        IsUrgent = true;
        UrgentReason = why;
        Record(at, by, TimelineEventKind.UrgencyChanged, wasUrgent ? "Reden voor spoed gewijzigd." : "Gemarkeerd als spoed.", why);
    }

    /// <summary>Ends the urgent marking (the urgent part has been dealt with).</summary>
    public void EndUrgency(Actor by, DateTimeOffset at)
    {
        EnsureOpen();
        if (!IsUrgent)
        {
            throw new DomainException("Deze klacht heeft geen spoed.");
        }

        IsUrgent = false;
        UrgentReason = null;
        Record(at, by, TimelineEventKind.UrgencyChanged, "Spoed opgeheven.");
    }

    private static List<string> ChangedDetails(Complainant before, Complainant after)
    {
        var changed = new List<string>();
        void Check(string? a, string? b, string name)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changed.Add(name);
            }
        }

        Check(before.Name, after.Name, "naam");
        Check(before.Email, after.Email, "e-mailadres");
        Check(before.Phone, after.Phone, "telefoonnummer");
        if (!string.Equals(before.Street, after.Street, StringComparison.Ordinal)
            || !string.Equals(before.PostalCode, after.PostalCode, StringComparison.Ordinal)
            || !string.Equals(before.City, after.City, StringComparison.Ordinal))
        {
            changed.Add("postadres");
        }

        if (before.PreferredContact != after.PreferredContact)
        {
            changed.Add("hoe de klager contact wil");
        }

        if (before.Representative != after.Representative)
        {
            changed.Add("gemachtigde");
        }

        return changed;
    }
}
