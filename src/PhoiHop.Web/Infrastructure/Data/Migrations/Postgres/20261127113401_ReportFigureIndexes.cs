using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportFigureIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_ReceivedOn_Id",
                table: "Petitions");

            migrationBuilder.CreateIndex(
                name: "IX_TrackedDeadline_Report",
                table: "TrackedDeadline",
                columns: new[] { "Module", "ItemId", "Status", "CompletedOn", "DueDate", "RuleCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionTransitions_Action_PetitionId",
                table: "PetitionTransitions",
                columns: new[] { "Action", "PetitionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_Report",
                table: "Petitions",
                columns: new[] { "ReceivedOn", "Id", "ReceivingBodyId", "Channel", "Kind", "FieldCode", "Competence", "Flags", "DueOn", "ForwardedToBodyId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrackedDeadline_Report",
                table: "TrackedDeadline");

            migrationBuilder.DropIndex(
                name: "IX_PetitionTransitions_Action_PetitionId",
                table: "PetitionTransitions");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_Report",
                table: "Petitions");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ReceivedOn_Id",
                table: "Petitions",
                columns: new[] { "ReceivedOn", "Id" });
        }
    }
}
