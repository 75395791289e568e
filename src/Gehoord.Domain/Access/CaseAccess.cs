using Gehoord.Domain.Complaints;

namespace Gehoord.Domain.Access;

/// <summary>The roles of a staff member, as the access policy knows them (ADR 10).</summary>
public enum StaffRole
{
    Employee,
    Handler,
    Coordinator,
    Manager,
    Committee,
    Administrator,

    /// <summary>Above the organisations of one installation: creates them, reads no case content.</summary>
    InstallationAdministrator,

    /// <summary>
    /// Privacyfunctionaris: reads the access log and checks the chains (ADR 21). Sees a case's
    /// number, status and terms to know which case a log line is about, never its content.
    /// </summary>
    PrivacyOfficer,
}

/// <summary>How much of a case file a person may see.</summary>
public enum CaseAccessLevel
{
    /// <summary>Not even that the case exists beyond its number in a list they cannot open.</summary>
    None,

    /// <summary>Number, status, handler and terms; not the story, the complainant, the letters or the attachments.</summary>
    Status,

    /// <summary>The whole case file, without changing it.</summary>
    Read,

    /// <summary>The whole case file, and the handling steps the person's role allows.</summary>
    Handle,
}

/// <summary>What someone wants to do with a case; each page, download and letter asks for one.</summary>
public enum CaseAction
{
    /// <summary>See that it exists, its number, status and terms.</summary>
    SeeStatus,

    /// <summary>Open the case file: story, complainant, timeline, attachments, letters.</summary>
    Read,

    /// <summary>Run a handling step or write a letter.</summary>
    Handle,

    /// <summary>Record something that meets a legal term (acknowledgement by post, sending a letter).</summary>
    MeetLegalTerm,

    /// <summary>Record the advice of the advisory committee.</summary>
    Advise,

    /// <summary>Impose a conduct arrangement on the complainant.</summary>
    ImposeConductArrangement,

    /// <summary>See who opened the case file and check its timeline's chain: no content (ADR 21).</summary>
    Audit,

    /// <summary>Mark the case confidential, change who may open it, or end that (ADR 21).</summary>
    MarkConfidential,

    /// <summary>Keep the file past its retention term for an ombudsman or court procedure, or end that (ADR 24).</summary>
    HoldLegally,
}

/// <summary>The person asking: their account, organisation, roles and the units they lead.</summary>
public sealed record StaffMember(string Id, Guid OrganisationId, IReadOnlySet<StaffRole> Roles, IReadOnlySet<Guid> ManagedUnitIds)
{
    public bool Has(StaffRole role) => Roles.Contains(role);
}

/// <summary>What the policy needs to know of a case, and no more (so lists can ask it without loading files).</summary>
public sealed record CaseFacts(
    Guid OrganisationId,
    string? HandlerId,
    string? RegisteredById,
    IReadOnlyList<Guid> UnitIds,
    IReadOnlyList<string> RespondentStaffIds,
    string? EscalatedToId,
    bool AdvisoryCommittee,
    bool HandedOver,
    IReadOnlyList<string>? ConfidentialReaderIds = null)
{
    /// <summary>Confidential (vertrouwelijk): only the people named open it (ADR 21).</summary>
    public bool IsConfidential => ConfidentialReaderIds is not null;

    /// <summary>Whether <paramref name="staffId"/> is named on a confidential case.</summary>
    public bool Names(string staffId) => ConfidentialReaderIds?.Contains(staffId, StringComparer.Ordinal) == true;

    public static CaseFacts Of(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return new CaseFacts(
            complaint.OrganisationId,
            complaint.HandlerId,
            complaint.RegisteredById,
            complaint.Units.Select(u => u.UnitId).ToList(),
            complaint.Respondents.Where(r => r.StaffUserId is not null).Select(r => r.StaffUserId!).ToList(),
            complaint.EscalatedToId,
            complaint.AdvisoryCommittee,
            CaseAccessPolicy.IsHandedOver(complaint.Status, complaint.HandlerId, complaint.Outcome),
            complaint.IsConfidential ? complaint.ConfidentialReaders.Select(r => r.StaffUserId).ToList() : null);
    }
}

/// <summary>The answer, with the reason in plain Dutch for the page that refuses.</summary>
public sealed record CaseAccessDecision(CaseAccessLevel Level, string Reason)
{
    public bool Allows(CaseAccessLevel needed) => Level >= needed;
}

/// <summary>
/// Need-to-know for case files, decided once for pages, downloads, letters and lists (ADR 10).
/// A complaint holds personal data and is evidence: each role sees what its work needs.
/// </summary>
public static class CaseAccessPolicy
{
    public const string RespondentReason =
        "U bent beklaagde in deze klacht. Daarom kunt u het dossier niet openen en er niets in doen (artikel 9:7 Awb, II.86 Bestuursdecreet).";

    private const string OtherOrganisation = "Deze klacht hoort bij een andere organisatie.";

    public const string ConfidentialReason =
        "Dit dossier is vertrouwelijk. Alleen de mensen die de klachtcoördinator daarvoor noemde, kunnen het openen.";

    public const string PrivacyOfficerReason =
        "U bent privacyfunctionaris. U ziet wie dit dossier opende en of de tijdlijn klopt, maar niet wat erin staat.";

    /// <summary>
    /// The employee who registered a complaint keeps sight of it until it is handed over (a
    /// handler is assigned or handling started): from then on the handler owns the file and the
    /// employee only sees how it goes. What they resolved on the spot themselves stays theirs.
    /// </summary>
    public static bool IsHandedOver(ComplaintStatus status, string? handlerId, ComplaintOutcome outcome) =>
        handlerId is not null || (status != ComplaintStatus.Received && outcome != ComplaintOutcome.ResolvedOnTheSpot);

    public static CaseAccessDecision Decide(StaffMember who, CaseFacts @case)
    {
        if (Outsider(who, @case) is { } refused)
        {
            return refused;
        }

        // A confidential case (ADR 21): only the people named open it, whatever their role; being
        // named is the reason to read it, and the role still decides what they may change.
        if (@case.IsConfidential)
        {
            if (!@case.Names(who.Id))
            {
                return new(CaseAccessLevel.None, ConfidentialReason);
            }

            // Administrators configure and read no case content (ADR 10), named or not.
            var level = Decide(who, @case with { ConfidentialReaderIds = null });
            return level.Allows(CaseAccessLevel.Read) || !DoesCaseWork(who) ? level : new(CaseAccessLevel.Read, "U bent genoemd bij dit vertrouwelijke dossier.");
        }

        if (who.Has(StaffRole.Coordinator) || who.Has(StaffRole.Handler))
        {
            return new(CaseAccessLevel.Handle, "U behandelt klachten.");
        }

        if (who.Has(StaffRole.Manager)
            && (@case.EscalatedToId == who.Id || @case.UnitIds.Any(who.ManagedUnitIds.Contains)))
        {
            return new(CaseAccessLevel.Read, "De klacht gaat over uw afdeling, of is aan u voorgelegd.");
        }

        if (who.Has(StaffRole.Committee) && @case.AdvisoryCommittee)
        {
            return new(CaseAccessLevel.Read, "De klachtadviescommissie adviseert over deze klacht.");
        }

        if (@case.RegisteredById == who.Id)
        {
            return @case.HandedOver
                ? new(CaseAccessLevel.Status, "U hebt deze klacht geregistreerd. Nu een behandelaar hem heeft, ziet u alleen hoe het ermee staat.")
                : new(CaseAccessLevel.Read, "U hebt deze klacht geregistreerd.");
        }

        // Need-to-know (ADR 10, 21): the access log and the chain hold no case content, and the
        // number and status say which case a log line is about; the file itself is not their work.
        if (who.Has(StaffRole.PrivacyOfficer))
        {
            return new(CaseAccessLevel.Status, PrivacyOfficerReason);
        }

        return who.Has(StaffRole.Administrator) || who.Has(StaffRole.InstallationAdministrator)
            ? new(CaseAccessLevel.None, "Een beheerder richt Gehoord in, maar leest geen klachtdossiers.")
            : new(CaseAccessLevel.None, "U hebt dit dossier niet nodig voor uw werk, dus u kunt het niet openen.");
    }

    /// <summary>
    /// Whether <paramref name="who"/> may do <paramref name="action"/>. Reading needs the level;
    /// changing also needs the role that does that work: the case's own handler or a
    /// coordinator handles it and meets its legal terms, the committee gives its advice, a
    /// coordinator or manager imposes a conduct arrangement.
    /// </summary>
    public static CaseAccessDecision May(StaffMember who, CaseFacts @case, CaseAction action)
    {
        if (action == CaseAction.Audit)
        {
            return MayAudit(who, @case);
        }

        var decision = Decide(who, @case);
        var refused = new CaseAccessDecision(CaseAccessLevel.None, decision.Level == CaseAccessLevel.None
            ? decision.Reason
            : "Dit kan alleen de behandelaar van deze klacht of een klachtcoördinator.");
        var ownHandlerOrCoordinator = who.Has(StaffRole.Coordinator) || (@case.HandlerId == who.Id && who.Has(StaffRole.Handler));
        return action switch
        {
            CaseAction.SeeStatus => decision.Allows(CaseAccessLevel.Status) ? decision : refused,
            CaseAction.Read => decision.Allows(CaseAccessLevel.Read) ? decision : refused,
            CaseAction.Handle or CaseAction.MeetLegalTerm =>
                decision.Allows(CaseAccessLevel.Handle) && ownHandlerOrCoordinator ? decision : refused,
            CaseAction.Advise =>
                decision.Allows(CaseAccessLevel.Read) && (ownHandlerOrCoordinator || (who.Has(StaffRole.Committee) && @case.AdvisoryCommittee))
                    ? decision
                    : refused with { Reason = decision.Level == CaseAccessLevel.None ? decision.Reason : "Het advies legt de klachtadviescommissie vast, of de behandelaar namens haar." },
            CaseAction.ImposeConductArrangement =>
                decision.Allows(CaseAccessLevel.Read) && (who.Has(StaffRole.Coordinator) || who.Has(StaffRole.Manager))
                    ? decision
                    : refused with { Reason = decision.Level == CaseAccessLevel.None ? decision.Reason : "Een gedragslijn legt een klachtcoördinator of leidinggevende op." },
            CaseAction.MarkConfidential =>
                decision.Allows(CaseAccessLevel.Read) && who.Has(StaffRole.Coordinator)
                    ? decision
                    : refused with { Reason = decision.Level == CaseAccessLevel.None ? decision.Reason : "Een dossier vertrouwelijk maken kan alleen een klachtcoördinator." },
            CaseAction.HoldLegally =>
                decision.Allows(CaseAccessLevel.Read) && who.Has(StaffRole.Coordinator)
                    ? decision
                    : refused with { Reason = decision.Level == CaseAccessLevel.None ? decision.Reason : "Een dossier apart bewaren kan alleen een klachtcoördinator." },
            _ => refused,
        };
    }

    /// <summary>Whether a person has a role that works with case files, so that naming them on a confidential case lets them read it.</summary>
    public static bool DoesCaseWork(StaffMember who)
    {
        ArgumentNullException.ThrowIfNull(who);
        return who.Roles.Any(r => r is not (StaffRole.Administrator or StaffRole.InstallationAdministrator));
    }

    /// <summary>Refuses whoever is outside the case whatever they ask: another organisation, or a respondent.</summary>
    private static CaseAccessDecision? Outsider(StaffMember who, CaseFacts @case)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(@case);
        if (who.OrganisationId != @case.OrganisationId || who.OrganisationId == Guid.Empty)
        {
            return new(CaseAccessLevel.None, OtherOrganisation);
        }

        // Awb 9:7 and II.86: whoever the complaint is about has no part in handling it, in
        // any role, and reads the complaint only as the law gives it to them (a copy, 9:9).
        return @case.RespondentStaffIds.Contains(who.Id, StringComparer.Ordinal) ? new(CaseAccessLevel.None, RespondentReason) : null;
    }

    /// <summary>
    /// Who may read the access log and check the chains of the organisation: coordinators, who
    /// oversee the handling, and the privacy officer, who supervises the processing (ADR 21).
    /// </summary>
    public static bool MayAudit(StaffMember who)
    {
        ArgumentNullException.ThrowIfNull(who);
        return who.OrganisationId != Guid.Empty && (who.Has(StaffRole.Coordinator) || who.Has(StaffRole.PrivacyOfficer));
    }

    /// <summary>
    /// The access log and the chain of one case: for those who audit, also on a confidential case
    /// they are not named on (neither shows content), but never for a respondent of the case.
    /// </summary>
    private static CaseAccessDecision MayAudit(StaffMember who, CaseFacts @case)
    {
        if (Outsider(who, @case) is { } refused)
        {
            return refused;
        }

        return MayAudit(who)
            ? new(CaseAccessLevel.Status, "U ziet wie dit dossier opende en of de tijdlijn klopt.")
            : new(CaseAccessLevel.None, "Wie een dossier opende, zien alleen een klachtcoördinator en de privacyfunctionaris.");
    }

    /// <summary>
    /// Which cases appear in a person's lists (inbox, start page, reminders): the same rules as
    /// <see cref="Decide"/>, as a description a database query can apply. Respondent cases
    /// are always left out.
    /// </summary>
    public static CaseListScope ListScope(StaffMember who)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (who.Has(StaffRole.Coordinator) || who.Has(StaffRole.Handler))
        {
            return new CaseListScope(who.OrganisationId, All: true, RegisteredById: null, ManagedUnitIds: [], EscalatedToId: null, CommitteeCases: false, ExcludeRespondentId: who.Id);
        }

        return new CaseListScope(
            who.OrganisationId,
            All: false,
            RegisteredById: who.Id,
            ManagedUnitIds: who.Has(StaffRole.Manager) ? who.ManagedUnitIds.ToList() : [],
            EscalatedToId: who.Has(StaffRole.Manager) ? who.Id : null,
            CommitteeCases: who.Has(StaffRole.Committee),
            ExcludeRespondentId: who.Id);
    }
}

/// <summary>
/// The cases a person's lists show (always within their organisation, which the database's
/// query filter also enforces): all of them, or those matching any of the
/// conditions; never those where <see cref="ExcludeRespondentId"/> is a respondent.
/// </summary>
public sealed record CaseListScope(
    Guid OrganisationId,
    bool All,
    string? RegisteredById,
    IReadOnlyList<Guid> ManagedUnitIds,
    string? EscalatedToId,
    bool CommitteeCases,
    string ExcludeRespondentId)
{
    /// <summary>
    /// Whether a listed case shows only its number, status and terms: a confidential case to
    /// someone not named on it (ADR 21). Its subject and story stay out of lists and searches.
    /// </summary>
    public bool Masks(CaseFacts @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return @case.IsConfidential && !@case.Names(ExcludeRespondentId);
    }

    /// <summary>Whether this scope lists the case; the query must agree (a test checks both on the same cases).</summary>
    public bool Includes(CaseFacts @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.OrganisationId != OrganisationId || @case.RespondentStaffIds.Contains(ExcludeRespondentId, StringComparer.Ordinal))
        {
            return false;
        }

        // Being named on a confidential case lets a person open it, not list it: one more
        // condition on every list query would cost the index ranges that lists at a million
        // complaints depend on (ADR 18, 21). Lists stay those of the person's roles.
        return All
            || (RegisteredById is not null && @case.RegisteredById == RegisteredById)
            || @case.UnitIds.Any(ManagedUnitIds.Contains)
            || (EscalatedToId is not null && @case.EscalatedToId == EscalatedToId)
            || (CommitteeCases && @case.AdvisoryCommittee);
    }
}
