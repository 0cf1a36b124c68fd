using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Petitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Scope = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.Scope, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "PetitionCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LeadBodyId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionCases_Bodies_LeadBodyId",
                        column: x => x.LeadBodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Petitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ForwardedFromId = table.Column<Guid>(type: "uuid", nullable: true),
                    SplitFromId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivingBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivingBodyKind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Channel = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    SenderCount = table.Column<int>(type: "integer", nullable: false),
                    AssigneeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CitizenSecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Place = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    DeclaredKind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    FieldCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Competence = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Flags = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ComplaintObject = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Instance = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    DenunciationSubtype = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Inadmissibility = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    DuplicateOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    HasEarlierGuidance = table.Column<bool>(type: "boolean", nullable: false),
                    HasEarlierForwarding = table.Column<bool>(type: "boolean", nullable: false),
                    FilingReason = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    ForwardedToBodyId = table.Column<Guid>(type: "uuid", nullable: true),
                    ForwardingRecommendation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnswerDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reminders = table.Column<int>(type: "integer", nullable: false),
                    AnswerSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DialogueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SuspendedFrom = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Extensions = table.Column<int>(type: "integer", nullable: false),
                    FirstInstanceOutcome = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    SecondInstanceOutcome = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    DecisionEffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Finding = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    RecommendationOutcome = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    HasWithdrawalRequest = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Petitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Petitions_AspNetUsers_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petitions_Bodies_ForwardedToBodyId",
                        column: x => x.ForwardedToBodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petitions_Bodies_ReceivingBodyId",
                        column: x => x.ReceivingBodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petitions_PetitionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "PetitionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petitions_Petitions_DuplicateOfId",
                        column: x => x.DuplicateOfId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petitions_Petitions_ForwardedFromId",
                        column: x => x.ForwardedFromId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petitions_Petitions_SplitFromId",
                        column: x => x.SplitFromId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PetitionCitizenMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionCitizenMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionCitizenMessages_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PetitionIdentityReveals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionIdentityReveals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionIdentityReveals_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PetitionIdentityReveals_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PetitionSenders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IsRepresentative = table.Column<bool>(type: "boolean", nullable: false),
                    FullNameProtected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IdNumberProtected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PhoneProtected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AddressProtected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IdNumberIndex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PhoneIndex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionSenders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionSenders_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PetitionTransitions",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    To = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Action = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionTransitions", x => new { x.PetitionId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_PetitionTransitions_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionCases_LeadBodyId",
                table: "PetitionCases",
                column: "LeadBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionCitizenMessages_PetitionId_At",
                table: "PetitionCitizenMessages",
                columns: new[] { "PetitionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionIdentityReveals_PetitionId",
                table: "PetitionIdentityReveals",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionIdentityReveals_UserId",
                table: "PetitionIdentityReveals",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_AssigneeId_Status",
                table: "Petitions",
                columns: new[] { "AssigneeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_CaseId",
                table: "Petitions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_DuplicateOfId",
                table: "Petitions",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ForwardedFromId",
                table: "Petitions",
                column: "ForwardedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ForwardedToBodyId",
                table: "Petitions",
                column: "ForwardedToBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ReceivingBodyId_ReceivedOn",
                table: "Petitions",
                columns: new[] { "ReceivingBodyId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ReceivingBodyId_Status_ReceivedOn",
                table: "Petitions",
                columns: new[] { "ReceivingBodyId", "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_SplitFromId",
                table: "Petitions",
                column: "SplitFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_TrackingCode",
                table: "Petitions",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSenders_IdNumberIndex",
                table: "PetitionSenders",
                column: "IdNumberIndex");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSenders_PetitionId_Order",
                table: "PetitionSenders",
                columns: new[] { "PetitionId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSenders_PhoneIndex",
                table: "PetitionSenders",
                column: "PhoneIndex");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "PetitionCitizenMessages");

            migrationBuilder.DropTable(
                name: "PetitionIdentityReveals");

            migrationBuilder.DropTable(
                name: "PetitionSenders");

            migrationBuilder.DropTable(
                name: "PetitionTransitions");

            migrationBuilder.DropTable(
                name: "Petitions");

            migrationBuilder.DropTable(
                name: "PetitionCases");
        }
    }
}
