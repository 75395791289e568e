using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Letters;

// The Flemish texts for the Bestuursdecreet (II.74–II.87). Same structure as the Dutch ones,
// with Flemish usage ("ten laatste", "klachtbehandelaar", "terecht kunnen bij") and the
// Flemish law: an answer within 45 days, a longer term only with the complainant's consent,
// and the Vlaamse Ombudsdienst as the next step (its name comes from {ombudsman}).
public static partial class DefaultLetterTemplates
{
    private static void AddFlanders(Dictionary<(JurisdictionProfileCode, LetterKind, LetterRecipient, string), LetterTemplateText> texts)
    {
        void Add(LetterKind kind, LetterRecipient recipient, string subject, string body) =>
            texts.Add((JurisdictionProfileCode.VlBestuursdecreet, kind, recipient, "nl"), new LetterTemplateText(subject, body));

        void SameAsNetherlands(LetterKind kind, LetterRecipient recipient) =>
            texts.Add((JurisdictionProfileCode.VlBestuursdecreet, kind, recipient, "nl"), texts[(JurisdictionProfileCode.NlAwb, kind, recipient, "nl")]);

        Add(LetterKind.Acknowledgement, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: wij hebben uw klacht goed ontvangen",
            """
            {aanhef}

            Bedankt voor uw klacht. Wij hebben uw klacht op {datum_ontvangst} goed ontvangen. Het klachtnummer is {klachtnummer}.
            U schreef ons: “{samenvatting}”

            Wat gebeurt er nu? Een klachtbehandelaar neemt binnenkort contact met u op. Wij willen goed begrijpen wat er is gebeurd. En wat u nodig hebt. Daarna zoeken we samen naar een oplossing.

            {adviescommissie}

            U krijgt ten laatste op {uiterlijk_op} een antwoord. Dat is binnen {termijn} nadat wij uw klacht kregen. Lukt dat niet? Dan laten wij u weten waarom.

            Op onze website ziet u hoe het met uw klacht gaat. Daarvoor hebt u een volgcode nodig. Bewaar deze code goed.
            Website: {volgadres}
            Volgcode: {volgcode}

            Hebt u een vraag? Bel of mail ons dan. Vermeld daarbij uw klachtnummer.
            Telefoon: {telefoon}
            E-mail: {email}

            Bent u niet tevreden met ons antwoord? Dan kunt u daarna terecht bij {ombudsman}. Dat kan ook als u niet op tijd een antwoord krijgt.

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ContactConfirmation, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: ons gesprek van {gesprek_datum}",
            """
            {aanhef}

            Bedankt voor ons gesprek op {gesprek_datum}. Fijn dat u de tijd nam om uw verhaal te doen.

            Dit hebben wij besproken:
            {gesprek_samenvatting}

            Wat gebeurt er nu? Wij gaan aan de slag met wat wij hebben besproken. U krijgt ten laatste op {uiterlijk_op} een antwoord.

            Hebben wij u goed begrepen? Klopt er iets niet, of missen wij iets? Laat het ons dan weten. Dan passen wij het aan.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        // Bestuursdecreet II.77: the complainant hears it within 10 days, with the reasons.
        Add(LetterKind.NotHandledNotice, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: wij behandelen uw klacht niet",
            """
            {aanhef}

            Op {datum_ontvangst} kregen wij uw klacht. Wij hebben uw klacht goed gelezen. Toch gaan wij uw klacht niet behandelen. Hieronder leggen wij uit waarom.

            Het Bestuursdecreet zegt wanneer wij een klacht niet moeten behandelen. Dat is hier zo. De reden is: {grond} ({grond_artikel}).

            Dit is onze uitleg:
            {motivering}

            Wij begrijpen dat u dit misschien jammer vindt. Dat spijt ons.

            Bent u het hier niet mee eens? Dan kunt u terecht bij {ombudsman}. Dat kan {ombudsman_termijn}.

            Wilt u hierover praten? Bel ons gerust. Vermeld dan uw klachtnummer.
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

            Bedankt voor uw klacht van {datum_ontvangst}. Uw klacht gaat over het werk van een andere dienst. Daarom hebben wij uw klacht doorgestuurd naar {doorgestuurd_naar}. Zij zijn de juiste dienst voor uw klacht.

            U hoeft zelf niets te doen. Zij behandelen uw klacht verder. Uw klacht raakt dus niet verloren.

            Hebt u nog vragen? Bel of mail ons gerust. Vermeld dan uw klachtnummer.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        // The Bestuursdecreet has no extension of its own: the 45 days can only be exceeded when
        // the complainant agrees, and Gehoord records that consent before the extension, so the
        // letter confirms the agreed date.
        Add(LetterKind.ExtensionNotice, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: de nieuwe datum",
            """
            {aanhef}

            Wij hebben u beloofd om ten laatste op {uiterlijk_op} te antwoorden. Dat lukt jammer genoeg niet. Wij hebben meer tijd nodig.

            Waarom duurt het langer?
            {reden_verdaging}

            U gaf ons toestemming om langer te doen. Dank u wel daarvoor. U krijgt nu ten laatste op {nieuwe_datum} een antwoord.

            Krijgt u dan nog geen antwoord? Dan kunt u terecht bij {ombudsman}.

            Het spijt ons dat u langer moet wachten.
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

            De nieuwe datum is {nieuwe_datum}. Dan is de klacht ten laatste klaar. De klager is daarmee akkoord gegaan.

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

            Wij willen graag met u praten over uw klacht. Dan kunt u uw verhaal doen. En wij kunnen u vragen stellen.

            Wanneer: {horen_datum}
            Hoe: {horen_vorm}
            Wie zijn erbij: {horen_wie}

            U mag iemand meebrengen. Bijvoorbeeld iemand uit uw familie, of iemand die u helpt.

            Wilt u liever niet praten? Dan mag u ook schriftelijk reageren. Stuur ons dan een brief of een mail.

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

            U mag iemand meebrengen. Bijvoorbeeld een collega of een vertrouwenspersoon. U mag ook schriftelijk reageren.

            Past de datum niet? Bel mij dan. Dan zoeken wij een andere datum.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        // Word for word the Dutch text: nothing in it differs between the two laws or usages.
        SameAsNetherlands(LetterKind.HearingReport, LetterRecipient.Complainant);

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

            Wij denken dat uw klacht zo is opgelost. Bent u later toch niet tevreden? Of hebt u nog vragen? Neem dan gerust opnieuw contact met ons op. Dat kan altijd.
            Telefoon: {telefoon}
            E-mail: {email}

            Bent u niet tevreden over hoe wij uw klacht hebben behandeld? Dan kunt u ook terecht bij {ombudsman}.

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        // Bestuursdecreet II.85: after the answer the complainant can turn to the Vlaamse
        // Ombudsdienst. The apology is a paragraph of its own so the handler can delete it.
        Add(LetterKind.ClosingAfterInvestigation, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: ons antwoord",
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

            Bent u niet tevreden met ons antwoord? Dan kunt u terecht bij {ombudsman}. Dat kan {ombudsman_termijn}.

            Hebt u vragen over deze brief? Bel of mail ons gerust.
            Telefoon: {telefoon}
            E-mail: {email}

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ConductArrangement, LetterRecipient.Complainant,
            "Uw klacht {klachtnummer}: afspraken over het contact met ons",
            """
            {aanhef}

            Wij vinden goed contact met u belangrijk. Daarom schrijven wij u deze brief. Het gaat over hoe u met onze medewerkers omgaat.

            Dit is er gebeurd:
            {gedrag}

            Dit gedrag kunnen wij niet aanvaarden. Onze medewerkers moeten veilig en rustig hun werk kunnen doen. Door dit gedrag lukt dat niet. Dan kunnen zij u ook niet goed helpen.

            Daarom maken wij deze afspraken met u:
            {gedragsregels}

            Deze afspraken gelden tot {gedragslijn_evaluatie}. Dan bekijken wij opnieuw of ze nog nodig zijn.

            U kunt ons altijd blijven schrijven. Wij lezen uw brieven en mails. Ook uw klachten behandelen wij gewoon, zoals altijd.

            Bent u het niet eens met deze afspraken? Laat het ons dan weten. U kunt ook terecht bij {ombudsman}.

            Met vriendelijke groet,
            {behandelaar}
            {organisatie}
            """);

        // Word for word the Dutch text: nothing in it differs between the two laws or usages.
        SameAsNetherlands(LetterKind.WithdrawalConfirmation, LetterRecipient.Complainant);
    }
}
