using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Administration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DeactivatedOn",
                table: "Units",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagerIds",
                table: "Units",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "ParentId",
                table: "Units",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AcknowledgementTarget",
                table: "Organisations",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Organisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "het klachtenteam");

            migrationBuilder.AddColumn<string>(
                name: "CustomRules",
                table: "Organisations",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OmbudsmanName",
                table: "Organisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OmbudsmanTerm",
                table: "Organisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonalContactTarget",
                table: "Organisations",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalAddress",
                table: "Organisations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicFormIntro",
                table: "Organisations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TwoFactorRequiredRoles",
                table: "Organisations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RegisteredById",
                table: "Complaints",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeactivatedAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "InvitedAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConfigurationChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Setting = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OldValue = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NewValue = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfigurationChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationLogos",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationLogos", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_OrganisationLogos_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Complaints registered before this migration: who registered them is the actor of
            // the first timeline event (ADR 10).
            migrationBuilder.Sql("""
                UPDATE "Complaints" SET "RegisteredById" =
                    (SELECT t."ActorId" FROM "TimelineEvents" t WHERE t."ComplaintId" = "Complaints"."Id" AND t."Sequence" = 1);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OrganisationId_RegisteredById",
                table: "Complaints",
                columns: new[] { "OrganisationId", "RegisteredById" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationChanges_OrganisationId_At",
                table: "ConfigurationChanges",
                columns: new[] { "OrganisationId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConfigurationChanges");

            migrationBuilder.DropTable(
                name: "OrganisationLogos");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_OrganisationId_RegisteredById",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "DeactivatedOn",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "ManagerIds",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "AcknowledgementTarget",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "CustomRules",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OmbudsmanName",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OmbudsmanTerm",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PersonalContactTarget",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PostalAddress",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PublicFormIntro",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "TwoFactorRequiredRoles",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "RegisteredById",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "DeactivatedAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "InvitedAt",
                table: "AspNetUsers");
        }
    }
}
