using Gehoord.Domain.Complaints;

namespace Gehoord.Domain.Letters;

/// <summary>
/// Points for the writer that never block sending: whether the apology in a letter fits the
/// case. Seed 001 §4.6 describes a closing letter that left out the apology made on the phone;
/// an apology for something judged unfounded rings just as false.
/// </summary>
public static class LetterAdvice
{
    public static IReadOnlyList<string> For(LetterCase letterCase, LetterRequest request, string body)
    {
        ArgumentNullException.ThrowIfNull(letterCase);
        ArgumentNullException.ThrowIfNull(request);
        var c = letterCase.Complaint;
        var apologises = Apology.IsIn(body ?? string.Empty);
        var advice = new List<string>();
        switch (request.Kind)
        {
            case LetterKind.ClosingAfterInvestigation:
                var founded = c.Parts.Count(p => p.Verdict is Verdict.Founded or Verdict.PartlyFounded);
                if (founded > 0 && !apologises)
                {
                    advice.Add("Een of meer klachtonderdelen zijn (deels) gegrond, maar de brief biedt geen excuses aan. Past een excuus? Kijk naar de vijf stappen van de Excuuskaart.");
                }
                else if (founded == 0 && c.Parts.Any(p => p.Verdict is not null) && apologises)
                {
                    advice.Add("Geen klachtonderdeel is gegrond, maar de brief biedt excuses aan. Past dat bij het oordeel? Haal de zin anders weg.");
                }

                break;

            case LetterKind.ClosingAfterSolution when c.SolutionMeasures.HasFlag(SolutionMeasures.Apology) && !apologises:
                advice.Add("In de oplossing staat dat er excuses zijn gemaakt. Noem die ook in de brief, zodat de brief klopt met het gesprek.");
                break;
        }

        return advice;
    }
}
