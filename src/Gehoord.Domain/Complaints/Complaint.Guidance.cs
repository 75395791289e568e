namespace Gehoord.Domain.Complaints;

/// <summary>
/// Which steps are open from the current stage and what each still needs. The transitions
/// call <see cref="EnsureStep"/>, and the case page shows the same requirements as a
/// checklist, so a precondition is written once.
/// </summary>
public sealed partial class Complaint
{
    /// <summary>The steps the lifecycle allows from the current stage (docs/architecture.md, Complaint lifecycle).</summary>
    public IReadOnlyList<HandlingStep> AvailableSteps => Status switch
    {
        ComplaintStatus.Received when Kind == ComplaintKind.Signal => [],
        ComplaintStatus.Received => [HandlingStep.StartExploration, HandlingStep.NotHandle, HandlingStep.Forward, HandlingStep.Withdraw],
        ComplaintStatus.Exploring => [HandlingStep.StartResolving, HandlingStep.StartInvestigation, HandlingStep.NotHandle, HandlingStep.Forward, HandlingStep.Withdraw],
        ComplaintStatus.Resolving => [HandlingStep.CloseAsResolved, HandlingStep.StartInvestigation, HandlingStep.NotHandle, HandlingStep.Withdraw],
        ComplaintStatus.Investigating => [HandlingStep.Judge, HandlingStep.Withdraw],
        ComplaintStatus.Judged => [HandlingStep.CloseAfterInvestigation],
        ComplaintStatus.Closing => [HandlingStep.Close],
        ComplaintStatus.Closed => [HandlingStep.Reopen],
        ComplaintStatus.Reopened => [HandlingStep.StartExploration],
        _ => [],
    };

    /// <summary>What must be true before <paramref name="step"/> can be taken, each marked met or not.</summary>
    public IReadOnlyList<Requirement> RequirementsFor(HandlingStep step)
    {
        var handler = new Requirement("Er is een behandelaar", HandlerId is not null);
        var core = new Requirement("De kern van de klacht en wat de klager wil, zijn beschreven", Core is not null && CitizenWants is not null);
        var lesson = new Requirement("De les uit deze klacht is vastgelegd", LessonText is not null);
        return step switch
        {
            HandlingStep.StartExploration =>
            [
                handler,
                new("Het is een klacht, geen signaal", Kind == ComplaintKind.Complaint),
            ],
            HandlingStep.StartResolving => [core],
            HandlingStep.StartInvestigation =>
            [
                core,
                new("Er is minstens één klachtonderdeel", _parts.Count > 0),
            ],
            HandlingStep.Judge => JudgementRequirements(),
            HandlingStep.CloseAsResolved =>
            [
                new("De oplossing is vastgelegd", SolutionRecordedOn is not null),
                new("Controlevraag: de klager is tevreden", ComplainantSatisfied == true),
                new("Controlevraag: alles is besproken", EverythingCovered == true),
                lesson,
            ],
            HandlingStep.CloseAfterInvestigation => [lesson],
            HandlingStep.NotHandle =>
            [
                handler,
                new("Er is persoonlijk contact geweest met de klager", HasPersonalContactWithComplainant),
            ],
            HandlingStep.Forward => [handler],
            HandlingStep.Close => [new("Alle verplichte brieven zijn verstuurd", !_letterTasks.Any(t => t.Required && !t.IsDone))],
            _ => [],
        };
    }

    /// <summary>Throws with every missing requirement when <paramref name="step"/> cannot be taken now.</summary>
    private void EnsureStep(HandlingStep step)
    {
        if (!AvailableSteps.Contains(step))
        {
            throw new DomainException($"'{HandlingFacts.DutchName(step)}' kan niet in de fase '{StatusFacts.DutchName(Status)}'.");
        }

        var missing = RequirementsFor(step).Where(r => !r.Met).Select(r => r.Text).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException($"'{HandlingFacts.DutchName(step)}' kan nog niet. Nog nodig: {string.Join("; ", missing).ToLowerInvariant()}.");
        }
    }

    private List<Requirement> JudgementRequirements()
    {
        List<Requirement> requirements =
        [
            new("Elk klachtonderdeel heeft een oordeel met motivering", _parts.Count > 0 && _parts.All(p => p.Verdict is not null)),
            new("De klager is gehoord, of niet gehoord om een reden uit de wet", ComplainantHeardOrWaived),
            new("Elke beklaagde heeft een kopie van de klacht gekregen", _respondents.All(r => r.InformedOn is not null)),
            new("Elke beklaagde kreeg de kans om gehoord te worden", RespondentsHeard),
            new("De gedraging is getoetst aan de normen voor behoorlijk gedrag", _assessments.Count > 0),
            new("De rechtmatigheid is beoordeeld", Lawful is not null),
        ];
        if (AdvisoryCommittee)
        {
            requirements.Add(new("Het advies van de klachtadviescommissie is ontvangen", CommitteeReportedOn is not null));
            requirements.Add(new("Er is besloten over het advies van de commissie", FollowsCommitteeAdvice is not null));
        }

        return requirements;
    }
}

/// <summary>The Nationale ombudsman's five rules of thumb (seed 001, chapter 4), as guidance per stage.</summary>
public static class RulesOfThumb
{
    public static (string Title, string Guidance) For(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received or ComplaintStatus.Reopened => (
            "1. Wees alert en geef toegang",
            "Elke uiting van ongenoegen telt, ook als het woord klacht niet valt. Zorg dat er snel een behandelaar is die contact opneemt."),
        ComplaintStatus.Exploring => (
            "2. Verken het probleem van de burger",
            "Neem zelf contact op, liefst persoonlijk, en vraag door: wat is er gebeurd en wat wil de burger? Schrijf de kern van de klacht op in uw eigen woorden."),
        ComplaintStatus.Resolving => (
            "3. Is er een oplossing? Los het op",
            "Zoek samen met de burger naar een oplossing, zo laag mogelijk op de ladder. Vraag daarna: bent u tevreden en is alles besproken?"),
        ComplaintStatus.Investigating => (
            "4. Geen oplossing? Oordeel als dat nodig is",
            "Hoor de klager en de beklaagde en stel de feiten vast. Toets de gedraging aan de regels en aan de normen voor behoorlijk gedrag, en geef per onderdeel een gemotiveerd oordeel."),
        ComplaintStatus.Judged or ComplaintStatus.Closing => (
            "5. Sluit af met een gemotiveerde duidelijkheid",
            "Leg uit wat u hebt gedaan en waarom, en wat de organisatie leert. Noem waar de klager daarna terecht kan: de deur blijft open."),
        ComplaintStatus.Closed => (
            "De deur blijft open",
            "De klacht is afgesloten en kan niet meer worden gewijzigd. Komt de klager terug, heropen de klacht dan; daar geldt geen termijn voor."),
        _ => (StatusFacts.DutchName(status), string.Empty),
    };
}
