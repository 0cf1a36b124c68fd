using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorLogin = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmissionProtected = table.Column<string>(type: "text", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    RetryAfter = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Claim = table.Column<Guid>(type: "uuid", nullable: true),
                    LastError = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
