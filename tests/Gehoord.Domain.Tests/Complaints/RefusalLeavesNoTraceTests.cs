using Gehoord.Domain.Complaints;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>
/// A refused call leaves the complaint as it was: every input is checked before anything is
/// set. These were bugs once (a property set before the next input was checked).
/// </summary>
public sealed class RefusalLeavesNoTraceTests
{
    [Fact]
    public void a_refused_hearing_waiver_without_motivation_still_counts_as_waived_and_lets_Judge_through()
    {
        var complaint = Investigating();
        complaint.GiveVerdict(complaint.Parts[0].Id, Verdict.Founded, true, "Niet teruggebeld.", Handler, Now);
        AssessStandard(complaint);
        complaint.AssessLawfulness(true, "Rechtmatig.", Handler, Now);

        Assert.Throws<DomainException>(() => complaint.WaiveComplainantHearing(HearingWaiverReason.ComplainantDeclined, " ", Handler, Now));

        Assert.Null(complaint.ComplainantHearingWaiver);
        Assert.False(complaint.ComplainantHeardOrWaived);
        Assert.Throws<DomainException>(() => complaint.Judge(Handler, Now));
    }

    [Fact]
    public void a_refused_lawfulness_assessment_without_note_still_counts_as_assessed_and_lets_Judge_through()
    {
        var complaint = Investigating();
        complaint.GiveVerdict(complaint.Parts[0].Id, Verdict.Founded, true, "Niet teruggebeld.", Handler, Now);
        HearComplainant(complaint);
        AssessStandard(complaint);

        Assert.Throws<DomainException>(() => complaint.AssessLawfulness(false, " ", Handler, Now));

        Assert.Null(complaint.Lawful);
        Assert.Throws<DomainException>(() => complaint.Judge(Handler, Now));
    }

    [Fact]
    public void a_refused_referral_without_term_still_stores_the_ombudsman_name()
    {
        var complaint = InStatus(ComplaintStatus.Judged);

        Assert.Throws<DomainException>(() => complaint.CloseAfterInvestigation(new OmbudsmanReferral("de Nationale ombudsman", " "), Handler, Now));

        Assert.Null(complaint.OmbudsmanName);
    }

    [Fact]
    public void a_refused_core_description_without_wish_still_overwrites_the_core()
    {
        var complaint = Exploring();
        var core = complaint.Core;

        Assert.Throws<DomainException>(() => complaint.DescribeCore("Een andere kern.", " ", Handler, Now));

        Assert.Equal(core, complaint.Core);
    }

    [Fact]
    public void a_refused_committee_advice_without_advice_still_overwrites_the_findings()
    {
        var complaint = Investigating(Register(advisoryCommittee: true));
        complaint.RecordCommitteeAdvice("Eerste bevindingen.", "Gegrond.", null, ReceivedOn.AddDays(1), Handler, Now);

        Assert.Throws<DomainException>(() => complaint.RecordCommitteeAdvice("Andere bevindingen.", " ", null, ReceivedOn.AddDays(1), Handler, Now));

        Assert.Equal("Eerste bevindingen.", complaint.CommitteeFindings);
    }
}
