using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PetitionInbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PetitionInbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorLogin = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmissionProtected = table.Column<string>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    RetryAfter = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Claim = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionInbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionInbox_AcceptedAt",
                table: "PetitionInbox",
                column: "AcceptedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionInbox_Claim",
                table: "PetitionInbox",
                column: "Claim");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionInbox_TrackingCode",
                table: "PetitionInbox",
                column: "TrackingCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PetitionInbox");
        }
    }
}
