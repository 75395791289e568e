using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConductArrangementEndReviseReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "ConductArrangements",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedByName",
                table: "ConductArrangements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "ConductArrangements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewOutcome",
                table: "ConductArrangements",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedByName",
                table: "ConductArrangements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewedOn",
                table: "ConductArrangements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RevisedAt",
                table: "ConductArrangements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevisedByName",
                table: "ConductArrangements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "ConductArrangements");

            migrationBuilder.DropColumn(
                name: "EndedByName",
                table: "ConductArrangements");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "ConductArrangements");

            migrationBuilder.DropColumn(
                name: "ReviewOutcome",
                table: "ConductArrangements");

            migrationBuilder.DropColumn(
                name: "ReviewedByName",
                table: "ConductArrangements");

            migrationBuilder.DropColumn(
                name: "ReviewedOn",
                table: "ConductArrangements");

            migrationBuilder.DropColumn(
                name: "RevisedAt",
                table: "ConductArrangements");

            migrationBuilder.DropColumn(
                name: "RevisedByName",
                table: "ConductArrangements");
        }
    }
}
