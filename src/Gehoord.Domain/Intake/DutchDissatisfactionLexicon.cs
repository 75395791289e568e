using System.Text.RegularExpressions;

namespace Gehoord.Domain.Intake;

internal sealed record LexiconRule(int Order, DissatisfactionSignalKind Kind, Regex Pattern, string Explanation, bool Negatable);

/// <summary>
/// The Dutch phrases that signal dissatisfaction, grouped by kind. Patterns are written against
/// text without accents (see <see cref="HiddenComplaintRecogniser.Fold"/>) and match any case.
/// </summary>
/// <remarks>
/// Every repetition is bounded and no quantifier is nested inside another unbounded one, so a
/// pasted text of many thousands of characters stays linear; the timeout is a last safety net.
/// </remarks>
internal static class DutchDissatisfactionLexicon
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    // Interpreted on purpose: RegexOptions.Compiled threw IndexOutOfRangeException on one of these
    // patterns (.NET 10.0.401), and its first-call JIT cost can exceed the match timeout.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Building blocks, substituted into the patterns below.
    private static readonly Dictionary<string, string> Blocks = new(StringComparer.Ordinal)
    {
        // Up to a few in-between words; \w and \s never cross punctuation, so a skip stays in its clause.
        ["{W}"] = @"(?:\w+\s+)",
        ["{SUBJ}"] = @"(?:ik|wij|we|k|mijn\s+(?:moeder|vader|man|vrouw|partner|zoon|dochter|buurman|buurvrouw|gezin))",
        ["{OTHER}"] = @"(?:u|jullie|hij|zij|ze|men|de\s+\w+|uw\s+\w+|meneer\s+\w+|mevrouw\s+\w+)",
        ["{NUM}"] = @"(?:\d{1,3}(?:[.,]\d)?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|twintig|dertig|veertig|honderd|anderhalf|anderhalve|een\s+paar|paar|een\s+aantal|een\s+half|een\s+halve|een\s+hele|een\s+heel|enkele|meerdere|verschillende|vele|tig)",
        ["{UNIT}"] = @"(?:werkdagen|werkdag|dagen|dag|dgn|weken|weekjes|weekje|week|wkn|wk|maanden|maandjes|maandje|maand|mndn|mnden|mnd|jaren|jaar|jr|uren|uur|kwartier|minuten|min)",
        ["{ABOUT}"] = @"(?:(?:ruim|bijna|meer\s+dan|zeker|wel|over\s+de|ongeveer|circa|minstens|al)\s+)",
        ["{LONG}"] = @"(?:weken|maanden|dagen|jaren|tijden|uren|lang|heel\s+lang|zo\s+lang|erg\s+lang|veel\s+te\s+lang|te\s+lang|een\s+eeuwigheid|eeuwen)",
        ["{WAIT}"] = @"(?:wacht|wachten|wachtte|wachtten)",
        ["{TIMES}"] = @"(?:(?:\d{1,3}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|een\s+paar|tig|zoveel)\s+(?:keer|keren|maal)|\d{1,3}\s?x|meerdere\s+(?:keren|malen)|(?:zo\s+|heel\s+|erg\s+)?vaak|talloze\s+keren|vaker)",
        ["{ESCALATE}"] = @"(?:ga|gaan|stap|stappen|zal|zullen|wil|willen|overweeg|overwegen|neem|nemen|schakel|schakelen|dien|stuur|sturen|bel|bellen)",
        ["{CONTACTED}"] = @"(?:gebeld|gemaild|gevraagd|doorgegeven|gemeld|gezegd|geschreven|aangegeven|uitgelegd|geklaagd|gestuurd|opgestuurd|aangevraagd|geprobeerd|verteld|ingediend|langsgeweest|langs\s+geweest)",
    };

    private static readonly (DissatisfactionSignalKind Kind, string Text)[] KindExplanations =
    [
        (DissatisfactionSignalKind.Waiting, "De klant wacht al lang: dat is ongenoegen over de snelheid. Registreer het als klacht."),
        (DissatisfactionSignalKind.BrokenPromise, "Een belofte of afspraak is niet nagekomen. Registreer het als klacht."),
        (DissatisfactionSignalKind.NotReachable, "De klant kan ons of een collega niet bereiken. Registreer het als klacht."),
        (DissatisfactionSignalKind.Repetition, "Het gaat vaker mis of de klant moet steeds opnieuw beginnen. Registreer het als klacht."),
        (DissatisfactionSignalKind.Unheard, "De klant krijgt geen antwoord of voelt zich niet gehoord. Registreer het als klacht."),
        (DissatisfactionSignalKind.Rudeness, "De klant vindt dat hij onheus is behandeld. Registreer het als klacht."),
        (DissatisfactionSignalKind.Error, "De klant zegt dat er iets fout is gegaan. Registreer het als klacht."),
        (DissatisfactionSignalKind.Escalation, "De klant wil verder stappen zetten. Registreer het nu als klacht en bel de klant."),
        (DissatisfactionSignalKind.Emotion, "De klant is boos, verdrietig of teleurgesteld. Registreer het als klacht."),
        (DissatisfactionSignalKind.Dissatisfaction, "De klant is ontevreden. Elke uiting van ontevredenheid is een klacht. Registreer het."),
    ];

    public static IReadOnlyList<LexiconRule> Rules { get; } = Build();

    public static string Explain(DissatisfactionSignalKind kind) =>
        Array.Find(KindExplanations, e => e.Kind == kind).Text
        ?? "De klant is ontevreden. Registreer het als klacht.";

    private static List<LexiconRule> Build()
    {
        var rules = new List<LexiconRule>();

        void Add(DissatisfactionSignalKind kind, string pattern, string? explanation = null, bool negatable = false)
        {
            foreach (var (name, block) in Blocks)
            {
                pattern = pattern.Replace(name, block, StringComparison.Ordinal);
            }

            rules.Add(new LexiconRule(rules.Count, kind, new Regex(pattern, Options, MatchTimeout), explanation ?? Explain(kind), negatable));
        }

        const DissatisfactionSignalKind Waiting = DissatisfactionSignalKind.Waiting;
        const DissatisfactionSignalKind Promise = DissatisfactionSignalKind.BrokenPromise;
        const DissatisfactionSignalKind Reach = DissatisfactionSignalKind.NotReachable;
        const DissatisfactionSignalKind Again = DissatisfactionSignalKind.Repetition;
        const DissatisfactionSignalKind Unheard = DissatisfactionSignalKind.Unheard;
        const DissatisfactionSignalKind Rude = DissatisfactionSignalKind.Rudeness;
        const DissatisfactionSignalKind Error = DissatisfactionSignalKind.Error;
        const DissatisfactionSignalKind Escalation = DissatisfactionSignalKind.Escalation;
        const DissatisfactionSignalKind Emotion = DissatisfactionSignalKind.Emotion;
        const DissatisfactionSignalKind Unhappy = DissatisfactionSignalKind.Dissatisfaction;

        // Waiting. Waiting alone is no complaint ("ik wacht op de bus"); it takes a duration or
        // "nog steeds" to become one ("ik wacht al vier weken").
        Add(Waiting, @"\b(?:{SUBJ}\s+)?{WAIT}\s+(?:nu\s+|inmiddels\s+|dus\s+|ff\s+|echt\s+)?(?:al|reeds)\s+{ABOUT}?(?:{NUM}\s*{UNIT}|{LONG})\b");
        Add(Waiting, @"\b(?:{SUBJ}\s+)?{WAIT}\s+(?:nu\s+|dus\s+)?(?:nog\s+steeds|nog\s+altijd|nog\s+immer|alweer|weer\s+eens)\b");
        Add(Waiting, @"\b(?:{SUBJ}\s+)?{WAIT}\s+(?:nu\s+|al\s+)?sinds\s+\w+");
        Add(Waiting, @"\b(?:{SUBJ}\s+)?(?:heb|hebben)\s+(?:nu\s+)?(?:al|inmiddels)\s+{ABOUT}?(?:{NUM}\s*{UNIT}|{LONG})\s+{W}{0,4}?(?:gewacht|moeten\s+wachten)\b");
        Add(Waiting, @"\b(?:veel\s+te|te|erg|heel|zo|ontzettend|belachelijk)\s+lang\s+(?:moeten\s+)?(?:gewacht|wachten)\b");
        Add(Waiting, @"\b(?:zit|zitten|zat|zaten|sta|staan|stond|stonden)\s+(?:ik\s+|we\s+|wij\s+)?(?:nu\s+|hier\s+|ff\s+|even\s+)?(?:al|inmiddels)\s+{ABOUT}?(?:{NUM}\s*{UNIT}|{LONG})\s+{W}{0,4}?te\s+wachten\b");
        Add(Waiting, @"\b(?:zit|zitten|zat|zaten|sta|staan|stond|stonden)\s+(?:ik\s+|we\s+|wij\s+)?(?:nog\s+steeds|nog\s+altijd)\s+{W}{0,4}?te\s+wachten\b");
        Add(Waiting, @"\b(?:zit|zitten|zat|zaten)\s+(?:ik\s+|we\s+|wij\s+)?(?:nu\s+)?(?:al|inmiddels)\s+{ABOUT}?{NUM}\s*{UNIT}\s+zonder\s+\w+(?:\s+water)?");
        Add(Waiting, @"\b(?:nu\s+al|al|inmiddels\s+al|inmiddels)\s+{ABOUT}?{NUM}\s*{UNIT}\s+{W}{0,3}?(?:geen|niets|niks|kapot|stuk|defect|lek|niet\s+{W}?(?:opgehaald|gerepareerd|gemaakt|opgelost|gedaan|gekomen|gemaaid|geleegd|betaald|uitbetaald|beantwoord|gebeld|teruggebeld|gerepareerd|verholpen))\b(?:\s+(?:reactie|antwoord|bericht|nieuws|water|warm\s+water|verwarming|stroom|licht))?");
        Add(Waiting, @"\blukt\s+(?:het\s+)?(?:mij\s+|me\s+|ons\s+)?(?:nu\s+)?(?:al|inmiddels)\s+{ABOUT}?{NUM}\s*{UNIT}\s+niet\b");
        Add(Waiting, @"\bnog\s+(?:steeds|altijd)\s+(?:niet|geen|niets|niks)\b(?:\s+\w+)?");
        Add(Waiting, @"\bhoe\s+lang\s+(?:moet|moeten)\s+(?:ik|we|wij)\s+(?:hier\s+)?(?:nog|nou|nu)\s+{W}?wachten\b");
        Add(Waiting, @"\bhoe\s+lang\s+gaat\s+(?:dit|dat|het)\s+(?:nog|nou|nu)\s+duren\b");
        Add(Waiting, @"\bwaarom\s+duurt\s+(?:het|dit|dat|alles)\s+(?:zo|nog\s+steeds\s+zo|zo\s+ontzettend|zo\s+verschrikkelijk)\s+lang\b");
        Add(Waiting, @"\bduurt\s+{W}{0,2}?(?:veel\s+|erg\s+|wel\s+erg\s+|echt\s+|gewoon\s+)?te\s+lang\b");
        Add(Waiting, @"\b(?:laat|laten|liet)\s+{W}{0,2}?(?:erg\s+|heel\s+|zo\s+)?lang\s+op\s+zich\s+wachten\b");
        Add(Waiting, @"\bwaar\s+blijft\s+(?:nou\s+|nu\s+|toch\s+|in\s+vredesnaam\s+)?(?:mijn|het|de|die|dat|jullie|uw|onze)\s+\w+");
        Add(Waiting, @"\b(?:kwam|kwamen|komt|komen|was|waren|is|zijn)\s+(?:weer\s+|alweer\s+|opnieuw\s+|veel\s+|ruim\s+|(?:een|\d+)\s+(?:uur|kwartier)\s+)?te\s+laat\b(?!\s+(?:om|voor\s+de\s+deadline))");
        Add(Waiting, @"\b(?:was|waren|kwam|kwamen|is|zijn)\s+(?:\w+\s+){0,2}?niet\s+op\s+tijd\b");

        // Broken promises. "Ik zou graag teruggebeld worden" is a polite request, not a broken promise.
        Add(Promise, @"\b(?:{SUBJ}|wij|we)\s+(?:zou|zouden)\s+(?:(?!(?:graag|willen|wel\s+graag|het|liefst|misschien|kunnen)\b)\w+\s+){0,5}?(?:teruggebeld|gebeld|gemaild|teruggemaild|geinformeerd|ingelicht|benaderd|bezocht|geholpen|bericht|antwoord|reactie|een\s+brief|een\s+mail|horen|ontvangen|krijgen)(?:\s+(?:worden|krijgen|ontvangen))?\b(?!\s+(?:willen|kunnen))");
        Add(Promise, @"\b(?:u|jullie|hij|zij|ze|men|de\s+\w+|uw\s+\w+)\s+(?:zou|zouden)\s+(?:(?!(?:graag|willen|misschien|kunnen|eens)\b)\w+\s+){0,5}?(?:terugbellen|bellen|terugkomen|mailen|laten\s+weten|regelen|langskomen|komen|opsturen|sturen|versturen|repareren|oplossen|doorgeven|contact\s+opnemen|uitzoeken|nakijken|controleren)\b(?!\s+(?:willen|kunnen))");
        Add(Promise, @"\b{OTHER}\s+(?:had|hadden|heeft|hebben|hebt)\s+(?:mij|me|ons)\s+{W}{0,3}?(?:beloofd|toegezegd)");
        Add(Promise, @"\b(?:mij|me|ons)\s+(?:is|was|werd|werden|zijn|waren)\s+{W}{0,3}?(?:beloofd|toegezegd)");
        Add(Promise, @"\b(?:is|was|werd)\s+(?:mij\s+|me\s+|ons\s+)?(?:beloofd|toegezegd)\s+dat\b");
        Add(Promise, @"\b(?:niet|nooit|geen)\s+{W}{0,2}?(?:gebeld|gekomen|gedaan|gestuurd|opgelost|gemaakt|geregeld|teruggebeld)[\s,]+(?:zoals|wat)\s+(?:(?:mij|me|ons|was|is|werd)\s+)?(?:beloofd|afgesproken|toegezegd)\b");
        Add(Promise, @"\b(?:belofte|beloftes|beloften|afspraak|afspraken|toezegging|toezeggingen)\s+{W}{0,3}?(?:niet|nooit)\s+(?:nagekomen|nakomen|na|gehouden|waargemaakt)\b");
        Add(Promise, @"\b(?:niet|nooit)\s+aan\s+(?:de|zijn|haar|hun|uw|onze|jullie|die)\s+(?:afspraak|afspraken|belofte|beloftes|beloften|toezegging|toezeggingen)\s+(?:gehouden|houden)\b");
        Add(Promise, @"(?<!\b(?:ik|wij|we)\s+(?:ben|zijn|was|waren)\s+(?:\w+\s+){0,2})\b(?:niet|nooit)\s+(?:komen\s+opdagen|opgedaagd|op\s+komen\s+dagen|verschenen|gekomen|langsgekomen|langs\s+gekomen)\b");

        // Not reachable. "Ik ben volgende week niet bereikbaar" is about the writer, not about us.
        Add(Reach, @"(?<!\b(?:ik|wij|we)\s+(?:ben|zijn|was|waren)\s+(?:\w+\s+){0,3})(?<!\b(?:ben|zijn)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,3})\b(?:niet|nooit|slecht|moeilijk|onmogelijk|nauwelijks|amper|nergens)\s+(?:te\s+)?(?:bereikbaar|bereiken)\b");
        Add(Reach, @"\bonbereikbaar\b");
        Add(Reach, @"\b(?:kan|kon|krijg|kreeg|konden|kunnen)\s+{W}{0,3}?(?:niet|nooit|niemand|nergens)\s+{W}{0,2}?(?:bereiken|te\s+pakken|aan\s+de\s+lijn|te\s+spreken)\b");
        Add(Reach, @"\bniemand\s+{W}{0,2}?(?:neemt|nam|pakt|pakte|namen)\s+(?:de\s+(?:telefoon|telefoon)\s+|ooit\s+)?op\b");
        Add(Reach, @"\b(?:telefoon|telefoontje|telefoontjes|mail|e-?mail|mails|e-?mails|berichten|bericht)\s+{W}{0,2}?(?:wordt|worden|werd|werden)\s+{W}{0,2}?(?:niet|nooit)\s+{W}?(?:opgenomen|beantwoord|gelezen)\b");
        Add(Reach, @"\b(?:wordt|worden|werd|werden)\s+(?:er\s+)?(?:weer\s+|alweer\s+|gewoon\s+)?(?:nooit|niet)\s+opgenomen\b");
        Add(Reach, @"\b(?:is|zijn|was)\s+(?:hij|zij|ze|die|u|jullie|de\s+\w+|meneer\s+\w+|mevrouw\s+\w+|mijn\s+\w+)\s+(?:er\s+)?(?:weer\s+niet|alweer\s+niet|weer\s+eens\s+niet|nu\s+weer\s+niet|opnieuw\s+niet|nooit)\b");
        Add(Reach, @"\ber\s+(?:was|is|zat|zit|stond|staat)\s+(?:weer\s+|alweer\s+|opnieuw\s+|gewoon\s+|helemaal\s+)?(?:niemand|geen\s+mens|geen\s+medewerker|geen\s+kip)\b(?!\s+(?:thuis|gewond|ziek))(?:\s+(?:bij|aan|achter|op|in)\s+(?:de|het)\s+\w+)?");
        Add(Reach, @"\bgeen\s+gehoor\b");
        Add(Reach, @"\b(?:hang|hing|hangen|hingen|zat|zit|stond|sta|bleef|blijf)\s+{W}{0,4}?in\s+de\s+(?:wacht|wachtrij)\b");
        Add(Reach, @"\b(?:krijg|kreeg|kom|kwam)\s+{W}{0,2}?(?:steeds|telkens|alleen|altijd|elke\s+keer|weer)\s+{W}?(?:voicemail|antwoordapparaat|bandje|keuzemenu|in\s+een\s+keuzemenu)\b");

        // Repetition and being sent from pillar to post.
        Add(Again, @"\bvoor\s+de\s+(?:zoveelste|zo\s+veelste|ntste|zoveel|derde|vierde|vijfde|zesde|tiende|\d+(?:e|de|ste))\s+(?:keer|maal)\b");
        Add(Again, @"\b(?:elke|iedere)\s+keer\s+(?:weer|opnieuw)\b");
        Add(Again, @"\b(?:elke|iedere)\s+keer\b(?:\s+\w+){0,6}?\s+(?:weer|opnieuw|hetzelfde|mis|fout|niet|geen|anders|ander|andere|iemand\s+anders)\b");
        Add(Again, @"\b(?:steeds|telkens|keer\s+op\s+keer)\s+(?:weer|opnieuw)\b");
        Add(Again, @"\bkeer\s+op\s+keer\b");
        Add(Again, @"\b(?:alweer|weer\s+eens|wederom|nu\s+weer|opnieuw)\s+{W}{0,2}?(?:kapot|stuk|mis|fout|verkeerd|niet|niemand|geen|vergeten|lek|defect|uitgevallen|te\s+laat|niks|niets)\b");
        Add(Again, @"\b(?:moet|moest|moeten)\s+(?:ik|we|wij)\s+{W}{0,2}?(?:steeds|telkens|weer|alweer|elke\s+keer|iedere\s+keer|steeds\s+weer|weer\s+opnieuw|voor\s+de\s+zoveelste\s+keer)\s+{W}{0,2}?(?:uitleggen|vertellen|doorgeven|opsturen|bellen|aanvragen|invullen|mailen|sturen|uitleggen|vragen)\b");
        Add(Again, @"\b(?:al|nu\s+al|inmiddels|reeds)\s+{TIMES}\s+{W}{0,3}?{CONTACTED}\b");
        Add(Again, @"\b(?:heb|hebben)\s+(?:het\s+|dit\s+|dat\s+)?(?:al\s+)?{TIMES}\s+{W}{0,3}?{CONTACTED}\b");
        Add(Again, @"\bvan\s+(?:het\s+)?kastje\s+naar\s+(?:de\s+)?muur\b", "De klant wordt van het kastje naar de muur gestuurd. Registreer het als klacht.");
        Add(Again, @"\b(?:steeds|telkens|weer|alweer|opnieuw|elke\s+keer|iedere\s+keer)\s+{W}?(?:doorverbonden|doorverwezen|doorgestuurd)\b", "De klant wordt steeds doorgestuurd. Registreer het als klacht.");
        Add(Again, @"\b(?:dit|deze)\s+keer\s+(?:wel\s+|eens\s+|nou\s+eens\s+|nu\s+eens\s+|nu\s+wel\s+)?op\s+tijd\b", "De klant verwijst naar een vorige keer die niet goed ging. Vraag door en registreer het als klacht.");
        Add(Again, @"\b(?:dit|deze)\s+keer\s+(?:wel|nou\s+eens|nu\s+eens)\b(?!\s+(?:graag|prima))", "De klant verwijst naar een vorige keer die niet goed ging. Vraag door en registreer het als klacht.");
        Add(Again, @"\b(?:de|die)\s+vorige\s+keer\s+{W}{0,4}?(?:niet(?:\s+op\s+tijd)?|ook|mis|fout|te\s+laat|geen|vergeten)\b", "De klant verwijst naar een vorige keer die niet goed ging. Registreer het als klacht.");

        // Not heard.
        Add(Unheard, @"\b(?:nooit|niets|niks)\s+meer\s+(?:iets\s+)?{W}{0,3}?(?:gehoord|vernomen|ontvangen|teruggehoord)\b");
        Add(Unheard, @"\b(?:nooit|niets|niks|nog\s+niets|nog\s+niks|nog\s+nooit)\s+(?:iets\s+)?(?:van\s+(?:u|jullie|de\s+gemeente|de\s+corporatie|uw\s+\w+|hen|hem|haar)|terug|ervan\s+terug)\s+{W}{0,2}?(?:gehoord|vernomen|ontvangen|teruggehoord|gezien|gekregen)\b");
        Add(Unheard, @"(?<!\b(?:hoeft|hoef|hoeven)\s+(?:u\s+|ik\s+|je\s+|jij\s+)?)\bgeen\s+(?:enkele\s+|enkel\s+|ene\s+)?(?:reactie|antwoord|bericht|terugkoppeling|respons|ontvangstbevestiging|nieuws|terugbelverzoek)\b(?!\s+(?:nodig|te\s+geven|te\s+sturen|is\s+goed))(?:\s+(?:op|gekregen|ontvangen|gehad|meer))?");
        Add(Unheard, @"\bniemand\s+{W}{0,2}?(?:luistert|luisterde|luisteren|neemt\s+(?:mij|me|ons)\s+serieus|reageert|reageerde|doet\s+(?:er\s+)?(?:iets|wat))\b");
        Add(Unheard, @"\b(?:niet|nooit|slecht)\s+(?:naar\s+(?:mij|me|ons)\s+)?geluisterd\b");
        Add(Unheard, @"\b(?:voel|voelde|voelen|voelden)\s+(?:mij|me|ons)\s+{W}{0,2}?(?:niet|nooit)\s+(?:gehoord|serieus\s+genomen|gezien|begrepen|geholpen)\b");
        Add(Unheard, @"\bniet\s+serieus\s+genomen\b");
        Add(Unheard, @"\bniemand\s+(?:helpt|hielp|wil\s+helpen)\s+(?:me|mij|ons)\b");
        Add(Unheard, @"\b(?:er\s+)?gebeurt\s+(?:gewoon\s+|helemaal\s+|verder\s+|dan\s+)?(?:niks|niets)\b");
        Add(Unheard, @"\b(?:u|jullie|niemand|ze|hij|zij|de\s+\w+)\s+(?:reageert|reageren|reageerde|reageerden)\s+(?:\w+\s+)?(?:niet|nooit)\b");
        Add(Unheard, @"\b(?:genegeerd|afgescheept|afgepoeierd|aan\s+het\s+lijntje\s+(?:gehouden|houden)|in\s+de\s+steek\s+gelaten|aan\s+(?:mijn|ons|zijn|haar)\s+lot\s+overgelaten)\b");
        Add(Unheard, @"\b(?:doen|doet|deden)\s+(?:er\s+)?(?:toch\s+)?(?:niets|niks)\s+(?:mee|aan)\b");
        Add(Unheard, @"\b(?:wordt|werd)\s+(?:er\s+)?(?:toch\s+)?(?:niets|niks)\s+(?:mee|aan)\s+gedaan\b");

        // Rudeness.
        Add(Rude, @"\b(?:onbeschoft|onbeschofte|onbeleefd|onbeleefde|brutaal|brutale|grof|grove|arrogant|arrogante|neerbuigend|neerbuigende|kortaf|respectloos|respectloze|onvriendelijk|onvriendelijke|chagrijnig|chagrijnige|agressief|agressieve|lomp|lompe|ongeinteresseerd|botweg)\b(?!\s*(?:vuil|afval|huisvuil|geschat|gezegd|weg|genomen))", negatable: true);
        Add(Rude, @"\b(?:uitgelachen|afgesnauwd|aangesnauwd|afgeblaft|uitgescholden|toegeschreeuwd|weggehoond|belachelijk\s+gemaakt|voor\s+gek\s+gezet|gekleineerd|vernederd|geintimideerd|bedreigd)\b");
        Add(Rude, @"\bals\s+(?:een\s+)?(?:klein\s+kind|kind|idioot|nummer|crimineel|oud\s+vuil|stuk\s+vuil|fraudeur|leugenaar|dief|tweederangs\s+burger|dom\w*|achterlijk\w*)\s+{W}?(?:behandeld|weggezet|gezien|aangesproken|neergezet|afgeschilderd|bejegend)\b");
        Add(Rude, @"\b(?:hing|hingen|hangt)\s+(?:zomaar\s+|gewoon\s+|gewoonweg\s+|meteen\s+|direct\s+|toen\s+)?op\b(?!\s+(?:de|het|een|mijn)\b)");
        Add(Rude, @"\b(?:gooide|legde|gooit|legt)\s+(?:zomaar\s+|gewoon\s+)?(?:de\s+)?(?:telefoon|hoorn)\s+(?:er\s*)?(?:op|neer)\b");
        Add(Rude, @"\b(?:slecht|onheus|onbeschoft|respectloos|oneerlijk|onvriendelijk|bot)\s+{W}?(?:behandeld|bejegend|te\s+woord\s+gestaan|aangesproken|geantwoord|gereageerd)\b", negatable: true);

        // Errors. Only errors of the body count: "ik heb de verkeerde datum ingevuld" is the writer's own slip.
        Add(Error, @"\bklopt\s+{W}{0,2}?(?:niet|niks|niets|geen\s+(?:bal|hout|meter)|van\s+geen\s+kanten?)\b");
        Add(Error, @"\b(?:niet\s+(?:juist|correct|kloppend)|onjuist|onjuiste|incorrect|incorrecte)\b", negatable: true);
        Add(Error, @"\b(?:ten\s+onrechte|onterecht|onterechte|onrechtvaardig|onrechtvaardige|niet\s+terecht)\b", negatable: true);
        Add(Error, @"\b(?:mis|fout|verkeerd)\s*(?:gegaan|gelopen|gedaan)\b", negatable: true);
        Add(Error, @"\b(?:ging|gaat|gingen|liep|loopt)\s+{W}{0,3}?(?:mis|fout|verkeerd)\b(?!\s+(?:als|om|dat|wanneer))");
        Add(Error, @"\b(?:is|was|zijn|waren|werd|wordt|staat|stond|zit|zat)\s+(?:(?:er|het|iets|weer|alweer|helemaal|toch|echt|opnieuw|dus|gewoon|volledig|compleet)\s+){0,3}(?:fout|verkeerd|foutief)(?:\s*(?:gegaan|gelopen|gedaan))?\b(?!\s+(?:als|om|dat|wanneer|ingevuld|opgegeven))");
        Add(Error, @"\b(?:fout|verkeerd|foutief|onjuist)\s+{W}?(?:berekend|geregistreerd|gefactureerd|aangerekend|verstuurd|geinformeerd|voorgelicht|geadresseerd|afgeschreven|gespeld|beoordeeld|ingeschat|geindiceerd|overgemaakt)\b");
        Add(Error, @"\b(?:foute|verkeerde|onjuiste)\s+(?:rekening|factuur|aanslag|bedrag|naam|informatie|info|brief|beschikking|beslissing|berekening|huur|afrekening|boete|advies|monteur|onderdeel|diagnose)\b(?!\s+(?:ingevuld|opgegeven|doorgegeven|ingetypt|gekozen|aangeklikt|gebruikt))");
        Add(Error, @"\b{OTHER}\s+(?:heeft|hebben|hebt|had|hadden)\s+{W}{0,3}?(?:fout|fouten|vergissing|blunder|steken)\s*(?:gemaakt|begaan|laten\s+vallen)\b");

        // Escalation: the citizen wants to take it further.
        Add(Escalation, @"\b(?:(?:{SUBJ}|wij|we)\s+{ESCALATE}|{ESCALATE}\s+(?:ik|we|wij|k))\s+{W}{0,4}?(?:naar\s+)?(?:de\s+|een\s+|mijn\s+)?(?:nationale\s+|vlaamse\s+)?(?:ombudsman|ombudsvrouw|ombudsdienst|advocaat|jurist|rechter|rechtbank|krant|pers|media|huurcommissie|geschillencommissie|juridisch\s+loket|kassa|radar|sociale\s+media|tweede\s+kamer|rechtsbijstand)\b", "De klant dreigt naar de ombudsman, een advocaat of de pers te stappen. Registreer het nu als klacht en bel de klant.");
        Add(Escalation, @"\b(?:juridische\s+stappen|naar\s+de\s+rechter|naar\s+de\s+rechtbank|rechtszaak|kort\s+geding|aansprakelijk\s+(?:stellen|gesteld|stel))\b", "De klant denkt aan juridische stappen. Registreer het nu als klacht en bel de klant.");
        Add(Escalation, @"\b(?:schadevergoeding|compensatie|vergoeding)\s+{W}?(?:eisen|eis|claimen|claim)\b");
        Add(Escalation, @"\b(?:laat|laten)\s+(?:ik|we|wij)\s+(?:het\s+|dit\s+|dat\s+)?(?:er\s+)?(?:zeker\s+|echt\s+)?niet\s+bij\s+zitten\b");
        Add(Escalation, @"\b(?:staartje\s+krijgen|krijgt\s+een\s+staartje|gaat\s+een\s+staartje)\b");
        Add(Escalation, @"\b(?:wil|wens|eis|vraag)\s+{W}{0,2}?(?:uw\s+|je\s+|jouw\s+|de\s+|een\s+|zijn\s+|haar\s+)?(?:leidinggevende|manager|baas|chef|teamleider|teamleidster|afdelingshoofd|meerdere|supervisor)\b", "De klant wil een leidinggevende spreken. Registreer het als klacht.");
        Add(Escalation, @"\b(?:officiele\s+|formele\s+)?klacht\s+{W}?(?:indienen|in\s+te\s+dienen|ingediend|in\s+dienen)\b", "De klant wil een klacht indienen. Registreer het als klacht.", negatable: true);

        // Emotion.
        Add(Emotion, @"\b(?:(?:ik|we|wij|k)\s+)?(?:ben|zijn|raak|word|was|waren)\s+(?:het|dit|dat|er)\s+{W}{0,2}?(?:zat|beu|spuugzat|kotsbeu|moe)\b", negatable: true);
        Add(Emotion, @"\b(?:spuugzat|spuug\s+zat|kotsbeu|strontziek|de\s+maat\s+is\s+vol|het\s+is\s+genoeg\s+geweest|ten\s+einde\s+raad)\b");
        Add(Emotion, @"\b(?:ben|zijn)\s+(?:er\s+|het\s+)?{W}?klaar\s+mee\b", negatable: true);
        Add(Emotion, @"\b(?:heb|hebben)\s+er\s+{W}?genoeg\s+van\b", negatable: true);
        Add(Emotion, @"\bik\s+word\s+er\s+(?:gek|moe|ziek|doodmoe|horendol|wanhopig)\s+van\b");
        Add(Emotion, @"\b(?:boos|boze|kwaad|woedend|woedende|razend|pissig|nijdig|geirriteerd|geergerd|gefrustreerd|frustrerend|frustrerende|frustratie|teleurgesteld|teleurgestelde|teleurstellend|teleurstellende|teleurstelling|radeloos|wanhopig|machteloos|verdrietig|overstuur|erger\s+me|erger\s+mij|ergerlijk|ergerlijke|ergernis|baal|balen)\b", negatable: true);

        // General dissatisfaction.
        Add(Unhappy, @"\b(?:ontevreden|niet\s+(?:erg\s+|echt\s+|zo\s+|helemaal\s+|bepaald\s+|meer\s+)?tevreden|ongelukkig\s+met|onvrede|ongenoegen)\b", negatable: true);
        Add(Unhappy, @"\b(?:ik\s+)?(?:wil|wou|zal)\s+niet\s+klagen\s*,?\s+maar\b", "'Ik wil niet klagen, maar' kondigt vaak een klacht aan. Vraag door en registreer het als klacht.");
        Add(Unhappy, @"\bgeen\s+klacht\s*,?\s+maar\b", "'Geen klacht, maar' kondigt vaak een klacht aan. Vraag door en registreer het als klacht.");
        Add(Unhappy, @"\b(?:klacht|klachten|klagen|klaag)\b", "De klant noemt het zelf een klacht. Registreer het als klacht.", negatable: true);
        Add(Unhappy, @"\b(?:schandalig|schandalige|schande|belachelijk|belachelijke|absurd|absurde|bizar|bizarre|waardeloos|waardeloze|onacceptabel|onaanvaardbaar|ongehoord|te\s+gek\s+voor\s+woorden|te\s+zot(?:\s+voor\s+woorden)?|triest|treurig|bedroevend|beneden\s+alle\s+peil|onder\s+de\s+maat|ondermaats|niet\s+normaal|prutswerk|knoeiwerk|amateuristisch|klantonvriendelijk|lachertje|aanfluiting|rampzalig|een\s+ramp|puinhoop|janboel|tenenkrommend|onzin|niet\s+acceptabel|niet\s+aanvaardbaar|niet\s+in\s+orde|niet\s+oke|niet\s+ok)\b", negatable: true);
        Add(Unhappy, @"\b(?:slecht|slechte)\s+(?:geholpen|service|dienstverlening|communicatie|bereikbaarheid|behandeling|ervaring|informatie|klantenservice|geregeld|georganiseerd|uitgevoerd|gecommuniceerd|onderhouden|onderhoud|werk|reparatie)\b", negatable: true);
        Add(Unhappy, @"\b(?:vervelend|vervelende)\b", "De klant ervaart iets als vervelend: dat is ongenoegen. Vraag door en registreer het als klacht.", negatable: true);
        Add(Unhappy, @"\b(?:(?:ruimt|ruimen|ruimde|ruimden)\s+{W}{0,2}?)?(?:rotzooi|rommel|troep|puin|zooi)\s+{W}{0,2}?(?:niet|nooit)\s+(?:op|opgeruimd|weg|mee)\b");
        Add(Unhappy, @"\b(?:liet|laat|lieten|laten)\s+{W}{0,3}?(?:rotzooi|rommel|troep|puin|zooi)\s+(?:achter|liggen|slingeren)\b");
        Add(Unhappy, @"\b(?:nou|nu)[\s,]+{W}?(?:lekker|mooi|fijn|top|geweldig|prachtig|knap|goed\s+geregeld)\s+(?:hoor|zeg|dan|weer)\b", "Dit klinkt als spot: de klant is ontevreden. Registreer het als klacht.");
        Add(Unhappy, @"\b(?:u|je|jij|jullie|hij|zij|ze)\s+{W}{1,4}?tenminste\b(?:\s+(?:wel\s+)?(?:op|netjes|af|schoon))?", "Met 'tenminste' vergelijkt de klant: een ander deed het niet goed. Vraag door en registreer het als klacht.");

        return rules;
    }
}
