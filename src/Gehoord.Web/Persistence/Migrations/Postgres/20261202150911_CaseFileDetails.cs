using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseFileDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DissatisfactionMarks",
                table: "Complaints",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EscalationDecidedAt",
                table: "Complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalationDecision",
                table: "Complaints",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalationQuestion",
                table: "Complaints",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsUrgent",
                table: "Complaints",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReopenedOn",
                table: "Complaints",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UrgentReason",
                table: "Complaints",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DissatisfactionMarks",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "EscalationDecidedAt",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "EscalationDecision",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "EscalationQuestion",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "IsUrgent",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ReopenedOn",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "UrgentReason",
                table: "Complaints");
        }
    }
}
