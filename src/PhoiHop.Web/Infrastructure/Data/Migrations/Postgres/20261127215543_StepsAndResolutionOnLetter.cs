using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StepsAndResolutionOnLetter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_Report",
                table: "Petitions");

            migrationBuilder.AddColumn<bool>(
                name: "AnswerRecorded",
                table: "Petitions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ResolvedInTime",
                table: "Petitions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ResolvedLate",
                table: "Petitions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "WasAccepted",
                table: "Petitions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "WasFiled",
                table: "Petitions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "WasGuided",
                table: "Petitions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // What the letter report counts, kept on the letter's row from now on (Petition.WasAccepted …), taken from the
            // history and the met resolution time limits (PetitionDeadlines.ResolutionRules) of the letters already stored:
            // one UPDATE, of the letters with at least one of them only (one IN over a UNION: under an OR, PostgreSQL tests
            // each IN as a subplan per letter), before the report index is built again over the new columns.
            migrationBuilder.Sql("""
                UPDATE "Petitions" AS p SET
                    "WasAccepted" = EXISTS (SELECT 1 FROM "PetitionTransitions" AS t WHERE t."PetitionId" = p."Id" AND t."Action" = 'Accept'),
                    "WasGuided" = EXISTS (SELECT 1 FROM "PetitionTransitions" AS t WHERE t."PetitionId" = p."Id" AND t."Action" = 'Guide'),
                    "WasFiled" = EXISTS (SELECT 1 FROM "PetitionTransitions" AS t WHERE t."PetitionId" = p."Id" AND t."Action" = 'File'),
                    "AnswerRecorded" = EXISTS (SELECT 1 FROM "PetitionTransitions" AS t WHERE t."PetitionId" = p."Id" AND t."Action" = 'RecordAnswer'),
                    "ResolvedInTime" = EXISTS (SELECT 1 FROM "TrackedDeadline" AS d WHERE d."Module" = 'Petitions' AND d."ItemId" = lower(p."Id"::text)
                        AND d."Status" = 'Met' AND d."CompletedOn" <= d."DueDate" AND d."RuleCode" IN ('complaint.first-instance', 'complaint.second-instance', 'denunciation.resolution', 'petition.answer')),
                    "ResolvedLate" = EXISTS (SELECT 1 FROM "TrackedDeadline" AS d WHERE d."Module" = 'Petitions' AND d."ItemId" = lower(p."Id"::text)
                        AND d."Status" = 'Met' AND d."CompletedOn" > d."DueDate" AND d."RuleCode" IN ('complaint.first-instance', 'complaint.second-instance', 'denunciation.resolution', 'petition.answer'))
                WHERE p."Id" IN (
                    SELECT "PetitionId" FROM "PetitionTransitions" WHERE "Action" IN ('Accept', 'Guide', 'File', 'RecordAnswer')
                    UNION
                    SELECT "ItemId"::uuid FROM "TrackedDeadline" WHERE "Module" = 'Petitions' AND "Status" = 'Met'
                        AND "RuleCode" IN ('complaint.first-instance', 'complaint.second-instance', 'denunciation.resolution', 'petition.answer'));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_Report",
                table: "Petitions",
                columns: new[] { "ReceivedOn", "Id", "ReceivingBodyId", "Channel", "Kind", "FieldCode", "Competence", "Flags", "DueOn", "ForwardedToBodyId", "WasAccepted", "WasGuided", "WasFiled", "AnswerRecorded", "ResolvedInTime", "ResolvedLate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_Report",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "AnswerRecorded",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "ResolvedInTime",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "ResolvedLate",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "WasAccepted",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "WasFiled",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "WasGuided",
                table: "Petitions");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_Report",
                table: "Petitions",
                columns: new[] { "ReceivedOn", "Id", "ReceivingBodyId", "Channel", "Kind", "FieldCode", "Competence", "Flags", "DueOn", "ForwardedToBodyId" });
        }
    }
}
