using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Postgres;

/// <summary>
/// Handling by the five rules of thumb: the case facts of exploration, solution, judgement and
/// closure on the complaint; contact moments, hearings, witnesses and third parties, standard
/// assessments and letter tasks as tables of their own; verdicts on complaint parts; the
/// respondent's copy and view (Awb 9:9); conduct arrangements.
/// </summary>
[DbContext(typeof(PostgresGehoordDbContext))]
[Migration("20261122030000_Handling")]
public sealed class Handling : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            ALTER TABLE "Complaints" ADD COLUMN "Core" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "CitizenWants" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "PrefersWrittenContact" boolean NOT NULL DEFAULT FALSE;
            ALTER TABLE "Complaints" ALTER COLUMN "PrefersWrittenContact" DROP DEFAULT;
            ALTER TABLE "Complaints" ADD COLUMN "EscalatedToId" character varying(450);
            ALTER TABLE "Complaints" ADD COLUMN "EscalatedToName" character varying(200);
            ALTER TABLE "Complaints" ADD COLUMN "SolutionMeasures" integer NOT NULL DEFAULT 0;
            ALTER TABLE "Complaints" ALTER COLUMN "SolutionMeasures" DROP DEFAULT;
            ALTER TABLE "Complaints" ADD COLUMN "SolutionDescription" character varying(8000);
            ALTER TABLE "Complaints" ADD COLUMN "CompensationAmount" numeric(12,2);
            ALTER TABLE "Complaints" ADD COLUMN "ReferralBody" character varying(200);
            ALTER TABLE "Complaints" ADD COLUMN "ReferralContact" character varying(200);
            ALTER TABLE "Complaints" ADD COLUMN "ChainBodies" character varying(1000);
            ALTER TABLE "Complaints" ADD COLUMN "JointPosition" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "SolutionRecordedOn" date;
            ALTER TABLE "Complaints" ADD COLUMN "SatisfactionCheckedOn" date;
            ALTER TABLE "Complaints" ADD COLUMN "ComplainantSatisfied" boolean;
            ALTER TABLE "Complaints" ADD COLUMN "EverythingCovered" boolean;
            ALTER TABLE "Complaints" ADD COLUMN "SatisfactionNote" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "LessonText" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "LessonLevel" character varying(20);
            ALTER TABLE "Complaints" ADD COLUMN "OthersCouldBeHelped" boolean;
            ALTER TABLE "Complaints" ADD COLUMN "CanBePrevented" boolean;
            ALTER TABLE "Complaints" ADD COLUMN "NotHandledGroundCode" character varying(20);
            ALTER TABLE "Complaints" ADD COLUMN "NotHandledMotivation" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "HandledDespiteGroundCode" character varying(20);
            ALTER TABLE "Complaints" ADD COLUMN "HandledDespiteMotivation" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "ForwardedTo" character varying(200);
            ALTER TABLE "Complaints" ADD COLUMN "WithdrawalReason" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "ComplainantHearingWaiver" character varying(30);
            ALTER TABLE "Complaints" ADD COLUMN "HearingWaiverMotivation" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "Lawful" boolean;
            ALTER TABLE "Complaints" ADD COLUMN "LawfulnessNote" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "CommitteeFindings" character varying(8000);
            ALTER TABLE "Complaints" ADD COLUMN "CommitteeAdvice" character varying(8000);
            ALTER TABLE "Complaints" ADD COLUMN "CommitteeRecommendations" character varying(8000);
            ALTER TABLE "Complaints" ADD COLUMN "CommitteeReportedOn" date;
            ALTER TABLE "Complaints" ADD COLUMN "FollowsCommitteeAdvice" boolean;
            ALTER TABLE "Complaints" ADD COLUMN "CommitteeDeviationMotivation" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "ExtensionDays" integer NOT NULL DEFAULT 0;
            ALTER TABLE "Complaints" ALTER COLUMN "ExtensionDays" DROP DEFAULT;
            ALTER TABLE "Complaints" ADD COLUMN "ExtensionConsentOn" date;
            ALTER TABLE "Complaints" ADD COLUMN "ExtensionReason" character varying(4000);
            ALTER TABLE "Complaints" ADD COLUMN "OmbudsmanName" character varying(200);
            ALTER TABLE "Complaints" ADD COLUMN "OmbudsmanTerm" character varying(200);
            ALTER TABLE "Respondents" ADD COLUMN "InformedOn" date;
            ALTER TABLE "Respondents" ADD COLUMN "View" character varying(8000);
            ALTER TABLE "ComplaintParts" ADD COLUMN "Verdict" character varying(20);
            ALTER TABLE "ComplaintParts" ADD COLUMN "FactsEstablished" boolean;
            ALTER TABLE "ComplaintParts" ADD COLUMN "VerdictMotivation" character varying(8000);

            CREATE TABLE "ConductArrangements" (
                "Id" uuid NOT NULL,
                "OrganisationId" uuid NOT NULL,
                "ComplainantKey" character varying(330) NOT NULL,
                "ComplainantName" character varying(320) NOT NULL,
                "Behaviour" character varying(4000) NOT NULL,
                "Rules" integer NOT NULL,
                "OtherRules" character varying(2000),
                "ContactPerson" character varying(200),
                "StartsOn" date NOT NULL,
                "ReviewOn" date NOT NULL,
                "SourceComplaintId" uuid NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "CreatedByName" character varying(200) NOT NULL,
                CONSTRAINT "PK_ConductArrangements" PRIMARY KEY ("Id")
            );

            CREATE TABLE "ContactMoments" (
                "Id" uuid NOT NULL,
                "Party" character varying(20) NOT NULL,
                "Form" character varying(20) NOT NULL,
                "PlannedFor" timestamp with time zone,
                "HeldAt" timestamp with time zone,
                "Summary" character varying(8000),
                "SoundRecordingAnnounced" boolean NOT NULL,
                "ComplaintId" uuid NOT NULL,
                CONSTRAINT "PK_ContactMoments" PRIMARY KEY ("Id"),
                CONSTRAINT "FK_ContactMoments_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "Hearings" (
                "Id" uuid NOT NULL,
                "Party" character varying(20) NOT NULL,
                "Form" character varying(20) NOT NULL,
                "InvitedOn" date NOT NULL,
                "PlannedOn" date,
                "HeldOn" date,
                "Report" character varying(20000),
                "Declined" boolean NOT NULL,
                "ComplaintId" uuid NOT NULL,
                CONSTRAINT "PK_Hearings" PRIMARY KEY ("Id"),
                CONSTRAINT "FK_Hearings_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "InvolvedPersons" (
                "Id" uuid NOT NULL,
                "Role" character varying(20) NOT NULL,
                "Name" character varying(200) NOT NULL,
                "DiscussedWithComplainantOn" date,
                "Statement" character varying(8000),
                "ComplaintId" uuid NOT NULL,
                CONSTRAINT "PK_InvolvedPersons" PRIMARY KEY ("Id"),
                CONSTRAINT "FK_InvolvedPersons_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "LetterTasks" (
                "Id" uuid NOT NULL,
                "Kind" character varying(40) NOT NULL,
                "Recipient" character varying(20) NOT NULL,
                "RecipientName" character varying(400),
                "Required" boolean NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "DoneAt" timestamp with time zone,
                "DoneVia" character varying(50),
                "ComplaintId" uuid NOT NULL,
                CONSTRAINT "PK_LetterTasks" PRIMARY KEY ("Id"),
                CONSTRAINT "FK_LetterTasks_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "StandardAssessments" (
                "StandardNumber" integer NOT NULL,
                "ComplaintId" uuid NOT NULL,
                "StandardName" character varying(200) NOT NULL,
                "Breached" boolean NOT NULL,
                "Note" character varying(4000) NOT NULL,
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
