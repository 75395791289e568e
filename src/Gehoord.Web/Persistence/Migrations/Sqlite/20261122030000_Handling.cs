using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Sqlite;

/// <summary>
/// Handling by the five rules of thumb: the case facts of exploration, solution, judgement and
/// closure on the complaint; contact moments, hearings, witnesses and third parties, standard
/// assessments and letter tasks as tables of their own; verdicts on complaint parts; the
/// respondent's copy and view (Awb 9:9); conduct arrangements.
/// </summary>
[DbContext(typeof(SqliteGehoordDbContext))]
[Migration("20261122030000_Handling")]
public sealed class Handling : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            ALTER TABLE "Complaints" ADD COLUMN "Core" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "CitizenWants" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "PrefersWrittenContact" INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE "Complaints" ADD COLUMN "EscalatedToId" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "EscalatedToName" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "SolutionMeasures" INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE "Complaints" ADD COLUMN "SolutionDescription" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "CompensationAmount" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "ReferralBody" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "ReferralContact" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "ChainBodies" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "JointPosition" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "SolutionRecordedOn" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "SatisfactionCheckedOn" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "ComplainantSatisfied" INTEGER NULL;
            ALTER TABLE "Complaints" ADD COLUMN "EverythingCovered" INTEGER NULL;
            ALTER TABLE "Complaints" ADD COLUMN "SatisfactionNote" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "LessonText" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "LessonLevel" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "OthersCouldBeHelped" INTEGER NULL;
            ALTER TABLE "Complaints" ADD COLUMN "CanBePrevented" INTEGER NULL;
            ALTER TABLE "Complaints" ADD COLUMN "NotHandledGroundCode" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "NotHandledMotivation" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "HandledDespiteGroundCode" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "HandledDespiteMotivation" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "ForwardedTo" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "WithdrawalReason" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "ComplainantHearingWaiver" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "HearingWaiverMotivation" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "Lawful" INTEGER NULL;
            ALTER TABLE "Complaints" ADD COLUMN "LawfulnessNote" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "CommitteeFindings" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "CommitteeAdvice" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "CommitteeRecommendations" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "CommitteeReportedOn" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "FollowsCommitteeAdvice" INTEGER NULL;
            ALTER TABLE "Complaints" ADD COLUMN "CommitteeDeviationMotivation" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "ExtensionDays" INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE "Complaints" ADD COLUMN "ExtensionConsentOn" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "ExtensionReason" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "OmbudsmanName" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "OmbudsmanTerm" TEXT NULL;
            ALTER TABLE "Respondents" ADD COLUMN "InformedOn" TEXT NULL;
            ALTER TABLE "Respondents" ADD COLUMN "View" TEXT NULL;
            ALTER TABLE "ComplaintParts" ADD COLUMN "Verdict" TEXT NULL;
            ALTER TABLE "ComplaintParts" ADD COLUMN "FactsEstablished" INTEGER NULL;
            ALTER TABLE "ComplaintParts" ADD COLUMN "VerdictMotivation" TEXT NULL;

            CREATE TABLE "ConductArrangements" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_ConductArrangements" PRIMARY KEY,
                "OrganisationId" TEXT NOT NULL,
                "ComplainantKey" TEXT NOT NULL,
                "ComplainantName" TEXT NOT NULL,
                "Behaviour" TEXT NOT NULL,
                "Rules" INTEGER NOT NULL,
                "OtherRules" TEXT NULL,
                "ContactPerson" TEXT NULL,
                "StartsOn" TEXT NOT NULL,
                "ReviewOn" TEXT NOT NULL,
                "SourceComplaintId" TEXT NOT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "CreatedByName" TEXT NOT NULL
            );

            CREATE TABLE "ContactMoments" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_ContactMoments" PRIMARY KEY,
                "Party" TEXT NOT NULL,
                "Form" TEXT NOT NULL,
                "PlannedFor" INTEGER NULL,
                "HeldAt" INTEGER NULL,
                "Summary" TEXT NULL,
                "SoundRecordingAnnounced" INTEGER NOT NULL,
                "ComplaintId" TEXT NOT NULL,
                CONSTRAINT "FK_ContactMoments_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "Hearings" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Hearings" PRIMARY KEY,
                "Party" TEXT NOT NULL,
                "Form" TEXT NOT NULL,
                "InvitedOn" TEXT NOT NULL,
                "PlannedOn" TEXT NULL,
                "HeldOn" TEXT NULL,
                "Report" TEXT NULL,
                "Declined" INTEGER NOT NULL,
                "ComplaintId" TEXT NOT NULL,
                CONSTRAINT "FK_Hearings_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "InvolvedPersons" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_InvolvedPersons" PRIMARY KEY,
                "Role" TEXT NOT NULL,
                "Name" TEXT NOT NULL,
                "DiscussedWithComplainantOn" TEXT NULL,
                "Statement" TEXT NULL,
                "ComplaintId" TEXT NOT NULL,
                CONSTRAINT "FK_InvolvedPersons_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "LetterTasks" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_LetterTasks" PRIMARY KEY,
                "Kind" TEXT NOT NULL,
                "Recipient" TEXT NOT NULL,
                "RecipientName" TEXT NULL,
                "Required" INTEGER NOT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "DoneAt" INTEGER NULL,
                "DoneVia" TEXT NULL,
                "ComplaintId" TEXT NOT NULL,
                CONSTRAINT "FK_LetterTasks_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "StandardAssessments" (
                "StandardNumber" INTEGER NOT NULL,
                "ComplaintId" TEXT NOT NULL,
                "StandardName" TEXT NOT NULL,
                "Breached" INTEGER NOT NULL,
                "Note" TEXT NOT NULL,
                CONSTRAINT "PK_StandardAssessments" PRIMARY KEY ("ComplaintId", "StandardNumber"),
                CONSTRAINT "FK_StandardAssessments_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE INDEX "IX_ConductArrangements_OrganisationId_ComplainantKey" ON "ConductArrangements" ("OrganisationId", "ComplainantKey");
            CREATE INDEX "IX_ContactMoments_ComplaintId" ON "ContactMoments" ("ComplaintId");
            CREATE INDEX "IX_Hearings_ComplaintId" ON "Hearings" ("ComplaintId");
            CREATE INDEX "IX_InvolvedPersons_ComplaintId" ON "InvolvedPersons" ("ComplaintId");
            CREATE INDEX "IX_LetterTasks_ComplaintId" ON "LetterTasks" ("ComplaintId");
            """);
    }
}
