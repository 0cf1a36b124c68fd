using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
{
    /// <summary>
    /// Seals the families that a split or a classification left open before a letter's protection reached back up through
    /// forwarding (PetitionHandling.ProtectFamilyAsync): every letter of a family (a first letter, its parts and forwarded
    /// copies, theirs in turn) with a denunciation or a protected letter in it is protected. The search documents of the
    /// letters that were open are dropped, to be built again, redacted, by SearchBackfill at the next start.
    /// </summary>
    public partial class SealForwardingFamilies : Migration
    {
        private const string Family = """
            WITH RECURSIVE family("Root", "Id") AS (
                SELECT p."Id", p."Id" FROM "Petitions" p
                WHERE p."SplitFromId" IS NULL AND p."ForwardedFromId" IS NULL
                  AND EXISTS (SELECT 1 FROM "Petitions" c WHERE c."SplitFromId" = p."Id" OR c."ForwardedFromId" = p."Id")
                UNION
                SELECT f."Root", p."Id" FROM "Petitions" p JOIN family f ON p."SplitFromId" = f."Id" OR p."ForwardedFromId" = f."Id"
            ),
            sealed("Id") AS (
                SELECT f."Id" FROM family f WHERE f."Root" IN (
                    SELECT m."Root" FROM family m JOIN "Petitions" s ON s."Id" = m."Id"
                    WHERE COALESCE(s."Kind", s."DeclaredKind", '') = 'Denunciation' OR s."DenouncerProtected" = TRUE)
            )
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Family + """
                DELETE FROM "PetitionSearchDocuments"
                WHERE "PetitionId" IN (
                    SELECT p."Id" FROM "Petitions" p JOIN sealed s ON s."Id" = p."Id"
                    WHERE COALESCE(p."Kind", p."DeclaredKind", '') <> 'Denunciation' AND p."DenouncerProtected" = FALSE);
                """);
            migrationBuilder.Sql(Family + """
                UPDATE "Petitions" SET "DenouncerProtected" = TRUE
                WHERE "DenouncerProtected" = FALSE AND "Id" IN (SELECT s."Id" FROM sealed s);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Protection is not taken back: which letters were open before cannot be told apart any more.
        }
    }
}
