using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InboxSubjectHandlingDeadlineAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "HandlingDueOn",
                table: "Complaints",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "Complaints",
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            // Existing complaints get their subject and handling deadline once here; from now on
            // the domain keeps both (ComplaintSubject, RefreshNextDue). Plain SQL both providers run.
            migrationBuilder.Sql("""
                UPDATE "Complaints" SET "Subject" = substr(COALESCE(NULLIF(trim("Core"), ''), trim("Description")), 1, 80);
                UPDATE "Complaints" SET "HandlingDueOn" = (
                    SELECT MIN(d."DueOn") FROM "ComplaintDeadlines" d
                    WHERE d."ComplaintId" = "Complaints"."Id" AND d."Kind" = 'Handling' AND d."MetOn" IS NULL)
                WHERE "Status" <> 'Closed';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Description_Dutch",
                table: "Complaints",
                column: "Description")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:TsVectorConfig", "dutch");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_Description_Dutch",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "HandlingDueOn",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "Complaints");
        }
    }
}
