using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Letters;

// The Dutch texts for the Awb (chapter 9). Placeholders that hold whole sentences (summaries,
// findings, reasons) stand on a line of their own after a short lead-in, so the handler's text
// never has to fit the middle of our sentence.
public static partial class DefaultLetterTemplates
{
    private static void AddNetherlands(Dictionary<(JurisdictionProfileCode, LetterKind, LetterRecipient, string), LetterTemplateText> texts)
    {
        void Add(LetterKind kind, LetterRecipient recipient, string subject, string body) =>
            texts.Add((JurisdictionProfileCode.NlAwb, kind, recipient, "nl"), new LetterTemplateText(subject, body));

        Add(LetterKind.Acknowledgement, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: wij hebben uw klacht ontvangen",
            """
            {aanhef}

            Bedankt voor uw klacht. Wij hebben uw klacht op {datum_ontvangst} ontvangen. Het klachtnummer is {klachtnummer}.
            U schreef ons: “{samenvatting}”

            Wat gebeurt er nu? Een medewerker neemt binnenkort contact met u op. Wij willen goed begrijpen wat er is gebeurd. En wat u nodig hebt. Daarna zoeken we samen naar een oplossing.

            {adviescommissie}

            U hoort uiterlijk op {uiterlijk_op} van ons. Dat is binnen {termijn} nadat wij uw klacht kregen. Duurt het langer? Dan laten wij u weten waarom.

            Op onze website ziet u hoe het met uw klacht gaat. Daarvoor hebt u een volgcode nodig. Bewaar deze code goed.
            Website: {volgadres}
            Volgcode: {volgcode}

            Hebt u een vraag? Bel of mail ons dan. Noem daarbij uw klachtnummer.
            Telefoon: {telefoon}
            E-mail: {email}

            Bent u het niet eens met hoe wij uw klacht afhandelen? Dan kunt u daarna naar {ombudsman}. Dat kan ook als wij niet op tijd antwoorden.

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ContactConfirmation, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: ons gesprek van {gesprek_datum}",
            """
            {aanhef}

            Bedankt voor ons gesprek op {gesprek_datum}. Fijn dat u de tijd nam om uw verhaal te vertellen.

            Dit hebben wij besproken:
            {gesprek_samenvatting}

            Wat gebeurt er nu? Wij gaan aan de slag met wat wij hebben besproken. U hoort uiterlijk op {uiterlijk_op} van ons.

            Hebben wij u goed begrepen? Klopt er iets niet, of missen wij iets? Laat het ons dan weten. Dan passen wij het aan.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.NotHandledNotice, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: wij behandelen uw klacht niet",
            """
            {aanhef}

            Op {datum_ontvangst} kregen wij uw klacht. Wij hebben uw klacht goed gelezen. Toch gaan wij uw klacht niet behandelen. Hieronder leggen wij uit waarom.

            De wet zegt dat wij een klacht soms niet hoeven te behandelen. Dat is hier zo. De reden is: {grond} ({grond_artikel}).

            Dit is onze uitleg:
            {motivering}

            Wij begrijpen dat u dit misschien teleurstellend vindt. Dat spijt ons.

            Bent u het hier niet mee eens? Dan kunt u naar {ombudsman}. Dat kan {ombudsman_termijn}.

            Wilt u hierover praten? Bel ons gerust. Noem dan uw klachtnummer.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ForwardingNotice, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: wij hebben uw klacht doorgestuurd",
            """
            {aanhef}

            Bedankt voor uw klacht van {datum_ontvangst}. Uw klacht gaat over het werk van een andere organisatie. Daarom hebben wij uw klacht doorgestuurd naar {doorgestuurd_naar}. Zij zijn de juiste plek voor uw klacht.

            U hoeft zelf niets te doen. Zij behandelen uw klacht verder. Uw klacht raakt dus niet kwijt.

            Hebt u nog vragen? Bel of mail ons gerust. Noem dan uw klachtnummer.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ExtensionNotice, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: wij hebben meer tijd nodig",
            """
            {aanhef}

            Wij hebben u beloofd om uiterlijk op {uiterlijk_op} te antwoorden. Dat lukt helaas niet. Wij hebben meer tijd nodig.

            Waarom duurt het langer?
            {reden_verdaging}

            U krijgt nu uiterlijk op {nieuwe_datum} een antwoord. De wet zegt dat wij hooguit vier weken langer mogen doen. Langer mag alleen als u dat goed vindt.

            Het spijt ons dat u langer moet wachten. Hebt u vragen? Bel of mail ons gerust.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ExtensionNotice, LetterRecipient.Respondent,
            "Klacht {klachtnummer}: de behandeling duurt langer",
            """
            {aanhef}

            Ik behandel klacht {klachtnummer}. Die klacht gaat over uw werk. Met deze brief laat ik u weten dat het langer duurt.

            Waarom duurt het langer?
            {reden_verdaging}

            De nieuwe datum is {nieuwe_datum}. Dan is de klacht uiterlijk klaar. De klager krijgt hierover ook een brief. De wet vraagt ons om u allebei te laten weten.

            Hebt u vragen? Bel of mail mij gerust.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.HearingInvitation, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: uitnodiging voor een gesprek",
            """
            {aanhef}

            Wij willen graag met u praten over uw klacht. Dan kunt u uw verhaal vertellen. En wij kunnen u vragen stellen.

            Wanneer: {horen_datum}
            Hoe: {horen_vorm}
            Wie zijn erbij: {horen_wie}

            U mag iemand meenemen. Bijvoorbeeld iemand uit uw familie, of iemand die u helpt.

            Wilt u liever niet praten? Dan mag u ook op papier reageren. Stuur ons dan een brief of een mail.

            Past de datum niet? Bel ons dan. Dan zoeken wij samen een andere datum.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.HearingInvitation, LetterRecipient.Respondent,
            "Klacht {klachtnummer}: uitnodiging voor een gesprek",
            """
            {aanhef}

            Ik behandel klacht {klachtnummer}. Die klacht gaat over uw werk. Ik wil graag ook uw kant van het verhaal horen.

            Wanneer: {horen_datum}
            Hoe: {horen_vorm}
            Wie zijn erbij: {horen_wie}

            De klager mag horen wat u vertelt. En u mag horen wat de klager vertelt. Dat heet hoor en wederhoor. Zo krijgen beide kanten een eerlijke kans.

            U mag iemand meenemen. Bijvoorbeeld een collega of een vertrouwenspersoon. U mag ook op papier reageren.

            Past de datum niet? Bel mij dan. Dan zoeken wij een andere datum.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.HearingReport, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: verslag van ons gesprek",
            """
            {aanhef}

            Op {horen_datum} hebben wij met u gesproken over uw klacht. Bedankt daarvoor. Hieronder leest u het verslag van het gesprek.

            {verslag}

            Wilt u het verslag goed lezen? Klopt er iets niet? Of mist u iets? Laat het ons dan binnen twee weken weten. Dan passen wij het verslag aan.

            Hebt u vragen? Bel of mail ons gerust.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ClosingAfterSolution, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: wat wij hebben afgesproken",
            """
            {aanhef}

            Op {gesprek_datum} hebben wij met u gesproken over uw klacht. Bedankt voor dat gesprek. In deze brief zetten wij op een rij wat wij hebben besproken.

            Dit hebt u ons verteld:
            {gesprek_samenvatting}

            Dit hebben wij afgesproken:
            {oplossing}

            {keten}

            Dit leren wij van uw klacht:
            {les}

            Klopt dit met wat wij hebben besproken? Is alles aan bod gekomen? Zo niet, laat het ons dan weten.

            Wij denken dat uw klacht zo is opgelost. Bent u later toch niet tevreden? Of hebt u nog vragen? Neem dan gerust weer contact met ons op. Dat kan altijd.
            Telefoon: {telefoon}
            E-mail: {email}

            Bent u niet tevreden over hoe wij uw klacht hebben behandeld? Dan kunt u ook naar {ombudsman}.

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        // Awb 9:12: findings, the judgement and the conclusions, and which ombudsman within
        // what term. The apology has a paragraph of its own so the handler can delete it where
        // nothing went wrong.
        Add(LetterKind.ClosingAfterInvestigation, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: ons oordeel",
            """
            {aanhef}

            Op {datum_ontvangst} kregen wij uw klacht. Wij hebben uw klacht onderzocht. In deze brief leest u wat wij hebben gevonden. En wat wij daarvan vinden.

            Waar gaat uw klacht over?
            {kern}

            Wat hebben wij gevonden?
            {bevindingen}

            Wat vinden wij ervan?
            {oordelen}

            {keten}

            Waar wij het niet goed hebben gedaan, bieden wij u onze excuses aan.

            Wat leren wij hiervan?
            {les}

            Bent u het niet eens met ons oordeel? Dan kunt u naar {ombudsman}. Dat moet {ombudsman_termijn}.

            Hebt u vragen over deze brief? Bel of mail ons gerust.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        // Seed 001 §4.6: name the behaviour, keep contact, and never close the written route.
        Add(LetterKind.ConductArrangement, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: afspraken over het contact met ons",
            """
            {aanhef}

            Wij vinden goed contact met u belangrijk. Daarom schrijven wij u deze brief. Het gaat over hoe u met onze medewerkers omgaat.

            Dit is er gebeurd:
            {gedrag}

            Dit gedrag kunnen wij niet accepteren. Onze medewerkers moeten veilig en rustig hun werk kunnen doen. Door dit gedrag lukt dat niet. Dan kunnen zij u ook niet goed helpen.

            Daarom maken wij deze afspraken met u:
            {gedragsregels}

            Deze afspraken gelden tot {gedragslijn_evaluatie}. Dan kijken wij opnieuw of ze nog nodig zijn.

            U kunt ons altijd blijven schrijven. Wij lezen uw brieven en mails. Ook uw klachten behandelen wij gewoon, zoals altijd.

            Bent u het niet eens met deze afspraken? Laat het ons dan weten. U kunt ook naar {ombudsman}.

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.WithdrawalConfirmation, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: u hebt uw klacht ingetrokken",
            """
            {aanhef}

            U hebt ons laten weten dat u uw klacht intrekt. Met deze brief bevestigen wij dat. Wij behandelen uw klacht dus niet verder.

            U gaf als reden:
            {reden_intrekking}

            Bedankt dat u het ons hebt laten weten. Wij leren toch van uw klacht.

            Wilt u later toch verder met uw klacht? Of hebt u een nieuwe klacht? Neem dan gerust contact met ons op. Dat kan altijd.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);
    }
}
