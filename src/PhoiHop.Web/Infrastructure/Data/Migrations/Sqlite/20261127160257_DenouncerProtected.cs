using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DenouncerProtected : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DenouncerProtected",
                table: "Petitions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // The letters split before this column existed: every letter of a split family with a denunciation in it,
            // and their forwarded copies, are protected (PetitionHandling.SplitAsync). Their search documents are
            // dropped, to be built again, redacted, by SearchBackfill at the next start.
            migrationBuilder.Sql("""
                WITH RECURSIVE family("Root", "Id") AS (
                    SELECT p."Id", p."Id" FROM "Petitions" p
                    WHERE p."SplitFromId" IS NULL AND EXISTS (SELECT 1 FROM "Petitions" c WHERE c."SplitFromId" = p."Id")
                    UNION ALL
                    SELECT f."Root", p."Id" FROM "Petitions" p JOIN family f ON p."SplitFromId" = f."Id" OR p."ForwardedFromId" = f."Id"
                )
                UPDATE "Petitions" SET "DenouncerProtected" = TRUE
                WHERE "Id" IN (SELECT f."Id" FROM family f WHERE f."Root" IN (
                    SELECT m."Root" FROM family m JOIN "Petitions" s ON s."Id" = m."Id"
                    WHERE s."Kind" = 'Denunciation' OR (s."Kind" IS NULL AND s."DeclaredKind" = 'Denunciation')));
                """);
            migrationBuilder.Sql("""
                DELETE FROM "PetitionSearchDocuments"
                WHERE "PetitionId" IN (SELECT "Id" FROM "Petitions" WHERE "DenouncerProtected" = TRUE);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DenouncerProtected",
                table: "Petitions");
        }
    }
}
