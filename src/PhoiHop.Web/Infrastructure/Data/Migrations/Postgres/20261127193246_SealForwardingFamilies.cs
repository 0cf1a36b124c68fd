using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
{
    /// <summary>
    /// Seals the families that a split or a classification left open before a letter's protection reached back up through
    /// forwarding (PetitionHandling.ProtectFamilyAsync): every letter of a family (a first letter, its parts and forwarded
    /// copies, theirs in turn) with a denunciation or a protected letter in it is protected. The search documents of the
    /// family are dropped, to be built again, redacted, by SearchBackfill at the next start. PostgreSQL, 1M letters with no
    /// families: about 10 s a statement with the roots found by EXISTS … OR …, which the IN over both links replaces.
    /// </summary>
    public partial class SealForwardingFamilies : Migration
    {
        private const string Family = """
            WITH RECURSIVE family("Root", "Id") AS (
                SELECT p."Id", p."Id" FROM "Petitions" p
                WHERE p."SplitFromId" IS NULL AND p."ForwardedFromId" IS NULL
                  AND p."Id" IN (SELECT c."SplitFromId" FROM "Petitions" c WHERE c."SplitFromId" IS NOT NULL
                                 UNION SELECT c."ForwardedFromId" FROM "Petitions" c WHERE c."ForwardedFromId" IS NOT NULL)
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
            // Every sealed family's documents, not only those of the letters that were open: a node of the earlier
            // version still running could index a letter again between the two statements.
            migrationBuilder.Sql(Family + """
                DELETE FROM "PetitionSearchDocuments" WHERE "PetitionId" IN (SELECT s."Id" FROM sealed s);
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
