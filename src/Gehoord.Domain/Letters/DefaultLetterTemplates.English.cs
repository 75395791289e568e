using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Letters;

// English letters to complainants. One set serves both profiles because the texts name neither
// law nor ombudsman ({ombudsman} and {ombudsman_termijn} carry the difference); only the
// extension differs in substance: the Awb allows four more weeks, the Bestuursdecreet only
// a later date the complainant agrees to.
public static partial class DefaultLetterTemplates
{
    private static void AddEnglish(Dictionary<(JurisdictionProfileCode, LetterKind, LetterRecipient, string), LetterTemplateText> texts)
    {
        void Add(LetterKind kind, string subject, string body)
        {
            var text = new LetterTemplateText(subject, body);
            texts.Add((JurisdictionProfileCode.NlAwb, kind, LetterRecipient.Complainant, "en"), text);
            texts.Add((JurisdictionProfileCode.VlBestuursdecreet, kind, LetterRecipient.Complainant, "en"), text);
        }

        Add(LetterKind.Acknowledgement,
            "Your complaint {klachtnummer}: we have received your complaint",
            """
            {aanhef}

            Thank you for your complaint. We received it on {datum_ontvangst}. Your complaint number is {klachtnummer}.
            You wrote: “{samenvatting}”

            What happens next? A member of staff will contact you soon. We want to understand what happened. And what you need. Then we will look for a solution together.

            {adviescommissie}

            You will hear from us by {uiterlijk_op} at the latest. That is within {termijn} of the day we got your complaint. If it takes longer, we will tell you why.

            On our website you can see how your complaint is going. You need a tracking code for this. Keep this code safe.
            Website: {volgadres}
            Tracking code: {volgcode}

            Do you have a question? Then call or email us. Please give your complaint number.
            Phone: {telefoon}
            Email: {email}

            Do you disagree with how we deal with your complaint? Then you can go to {ombudsman} afterwards. You can also do this if we do not answer on time.

            Kind regards,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ContactConfirmation,
            "Your complaint {klachtnummer}: our talk on {gesprek_datum}",
            """
            {aanhef}

            Thank you for our talk on {gesprek_datum}. We are glad you took the time to tell us your story.

            This is what we talked about:
            {gesprek_samenvatting}

            What happens next? We will work on what we talked about. You will hear from us by {uiterlijk_op} at the latest.

            Did we understand you well? Is something wrong, or did we miss something? Then please tell us. We will put it right.
            Phone: {telefoon}
            Email: {email}

            Kind regards,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.NotHandledNotice,
            "Your complaint {klachtnummer}: we will not deal with your complaint",
            """
            {aanhef}

            We got your complaint on {datum_ontvangst}. We have read it with care. But we will not deal with your complaint. Below we explain why.

            The law says that sometimes we do not have to deal with a complaint. That is the case here. The reason is: {grond} ({grond_artikel}).

            This is why:
            {motivering}

            We understand that this may disappoint you. We are sorry about that.

            Do you disagree? Then you can go to {ombudsman}. You can do this {ombudsman_termijn}.

            Would you like to talk about this? Please call us. Give your complaint number when you call.
            Phone: {telefoon}
            Email: {email}

            Kind regards,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ForwardingNotice,
            "Your complaint {klachtnummer}: we have sent your complaint on",
            """
            {aanhef}

            Thank you for your complaint of {datum_ontvangst}. Your complaint is about the work of another body. So we have sent your complaint to {doorgestuurd_naar}. They are the right place for your complaint.

            You do not need to do anything. They will deal with your complaint. Your complaint is not lost.

            Do you have any questions? Please call or email us. Give your complaint number.
            Phone: {telefoon}
            Email: {email}

            Kind regards,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ExtensionNotice,
            "Your complaint {klachtnummer}: we need more time",
            """
            {aanhef}

            We promised to answer you by {uiterlijk_op} at the latest. Sadly, we cannot do that. We need more time.

            Why does it take longer?
            {reden_verdaging}

            You will now get an answer by {nieuwe_datum} at the latest. The law allows us at most four more weeks. We can only take longer if you agree.

            We are sorry that you have to wait longer. Do you have questions? Please call or email us.
            Phone: {telefoon}
            Email: {email}

            Kind regards,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.HearingInvitation,
            "Your complaint {klachtnummer}: invitation to a talk",
            """
            {aanhef}

            We would like to talk with you about your complaint. Then you can tell us your story. And we can ask you questions.

            When: {horen_datum}
            How: {horen_vorm}
            Who will be there: {horen_wie}

            You may bring someone with you. For example a family member, or someone who helps you.

            Would you rather not talk? Then you can also write to us. Just send us a letter or an email.

            Does the date not suit you? Then please call us. We will find another date together.
            Phone: {telefoon}
            Email: {email}

            Kind regards,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.HearingReport,
            "Your complaint {klachtnummer}: report of our talk",
            """
            {aanhef}

            On {horen_datum} we talked with you about your complaint. Thank you for that. Below you can read the report of the talk.

            {verslag}

            Please read the report with care. Is something wrong? Or is something missing? Then please tell us within two weeks. We will then change the report.

            Do you have questions? Please call or email us.
            Phone: {telefoon}
            Email: {email}

            Kind regards,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ClosingAfterSolution,
            "Your complaint {klachtnummer}: what we agreed",
            """
            {aanhef}

            On {gesprek_datum} we talked with you about your complaint. Thank you for that talk. In this letter we list what we talked about.

            This is what you told us:
            {gesprek_samenvatting}

            This is what we agreed:
            {oplossing}

            {keten}

            This is what we learn from your complaint:
            {les}

            Is this what we talked about? Did we cover everything? If not, please tell us.

            We think your complaint is now solved. Do you change your mind later? Or do you have more questions? Then please contact us again. You can always do this.
            Phone: {telefoon}
            Email: {email}

            Are you not happy with how we dealt with your complaint? Then you can also go to {ombudsman}.

            Kind regards,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ClosingAfterInvestigation,
            "Your complaint {klachtnummer}: our findings",
            """
            {aanhef}

            We got your complaint on {datum_ontvangst}. We have looked into it. In this letter you can read what we found. And what we think of it.

            What is your complaint about?
            {kern}

            What did we find?
            {bevindingen}

            What do we think?
            {oordelen}

            {keten}

            Where we did not do well, we say sorry to you.

            What do we learn from this?
            {les}

            Do you disagree with what we think? Then you can go to {ombudsman}. You must do this {ombudsman_termijn}.

            Do you have questions about this letter? Please call or email us.
            Phone: {telefoon}
            Email: {email}

            Kind regards,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.ConductArrangement,
            "Your complaint {klachtnummer}: agreements about your contact with us",
            """
            {aanhef}

            Good contact with you is important to us. That is why we write to you. This letter is about how you treat our staff.

            This is what happened:
            {gedrag}

            We cannot accept this. Our staff must be able to do their work safely and calmly. This behaviour makes that hard. Then they cannot help you well either.

            So we make these agreements with you:
            {gedragsregels}

            These agreements hold until {gedragslijn_evaluatie}. Then we will look again to see if they are still needed.

            You can always keep writing to us. We read your letters and emails. We still deal with your complaints, as always.

            Do you disagree with these agreements? Then please tell us. You can also go to {ombudsman}.

            Kind regards,
            {behandelaar}
            {organisatie}
            """);

        Add(LetterKind.WithdrawalConfirmation,
            "Your complaint {klachtnummer}: you have withdrawn your complaint",
            """
            {aanhef}

            You told us that you want to withdraw your complaint. With this letter we confirm this. So we will stop working on your complaint.

            The reason you gave:
            {reden_intrekking}

            Thank you for letting us know. We still learn from your complaint.

            Do you want to go on with your complaint later? Or do you have a new complaint? Then please contact us. You can always do this.
            Phone: {telefoon}
            Email: {email}

            Kind regards,
            {behandelaar}
            {organisatie}
            """);

        // Flanders: no extension by right; the later date needs the complainant's consent, which
        // Gehoord records before the extension, so the letter confirms the agreed date.
        texts[(JurisdictionProfileCode.VlBestuursdecreet, LetterKind.ExtensionNotice, LetterRecipient.Complainant, "en")] = new LetterTemplateText(
            "Your complaint {klachtnummer}: the new date",
            """
            {aanhef}

            We promised to answer you by {uiterlijk_op} at the latest. Sadly, we cannot do that. We need more time.

            Why does it take longer?
            {reden_verdaging}

            You agreed that we take more time. Thank you for that. You will now get an answer by {nieuwe_datum} at the latest.

            If you still have no answer by then, you can go to {ombudsman}.

            We are sorry that you have to wait longer.
            Phone: {telefoon}
            Email: {email}

            Kind regards,
            {behandelaar}
            {organisatie}
            """);
    }
}
