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

            // What the letter report counts, kept on the letter's row from now on (Petition.WasAccepted …): taken from the
            // history and the met resolution time limits (PetitionDeadlines.ResolutionRules) of the letters already stored,
            // before the report index is built again over the new columns. One UPDATE per column, each of the letters
            // concerned only.
            migrationBuilder.Sql("""
                UPDATE "Petitions" SET "WasAccepted" = TRUE
                WHERE "Id" IN (SELECT "PetitionId" FROM "PetitionTransitions" WHERE "Action" = 'Accept');
                """);

            migrationBuilder.Sql("""
                UPDATE "Petitions" SET "WasGuided" = TRUE
                WHERE "Id" IN (SELECT "PetitionId" FROM "PetitionTransitions" WHERE "Action" = 'Guide');
                """);

            migrationBuilder.Sql("""
                UPDATE "Petitions" SET "WasFiled" = TRUE
                WHERE "Id" IN (SELECT "PetitionId" FROM "PetitionTransitions" WHERE "Action" = 'File');
                """);

            migrationBuilder.Sql("""
                UPDATE "Petitions" SET "AnswerRecorded" = TRUE
                WHERE "Id" IN (SELECT "PetitionId" FROM "PetitionTransitions" WHERE "Action" = 'RecordAnswer');
                """);

            migrationBuilder.Sql("""
                UPDATE "Petitions" SET "ResolvedInTime" = TRUE
                WHERE "Id" IN (SELECT "ItemId"::uuid FROM "TrackedDeadline"
                    WHERE "Module" = 'Petitions' AND "Status" = 'Met' AND "CompletedOn" <= "DueDate"
                    AND "RuleCode" IN ('complaint.first-instance', 'complaint.second-instance', 'denunciation.resolution', 'petition.answer'));
                """);

            migrationBuilder.Sql("""
                UPDATE "Petitions" SET "ResolvedLate" = TRUE
                WHERE "Id" IN (SELECT "ItemId"::uuid FROM "TrackedDeadline"
                    WHERE "Module" = 'Petitions' AND "Status" = 'Met' AND "CompletedOn" > "DueDate"
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
