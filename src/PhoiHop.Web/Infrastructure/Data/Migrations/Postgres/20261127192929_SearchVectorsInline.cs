using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
{
    /// <summary>
    /// Keeps a letter's tsvectors in its row (STORAGE MAIN) instead of the TOAST table. A letter's text vector is about
    /// 2.2 kB and does not compress, so it went out of line: a common word's search, which tests the newest documents one
    /// by one, read four pages and copied each vector for every document (PostgreSQL, 1M letters: 2,305 documents tested
    /// for "nhiễm", 9,870 pages, 31 ms; inline 852 pages, 8.5 ms). Only letters indexed from now on are stored so: rows
    /// already stored move inline when they are written again. Rewriting them all here would hold the table locked for
    /// the whole start (about 25 minutes at a million letters on the 2-core bench machine); README.md, "PostgreSQL
    /// maintenance", gives the batched statement an operator runs instead.
    /// </summary>
    public partial class SearchVectorsInline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "PetitionSearchDocuments"
                    ALTER COLUMN "TextVector" SET STORAGE MAIN,
                    ALTER COLUMN "NamesVector" SET STORAGE MAIN;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "PetitionSearchDocuments"
                    ALTER COLUMN "TextVector" SET STORAGE EXTENDED,
                    ALTER COLUMN "NamesVector" SET STORAGE EXTENDED;
                """);
        }
    }
}
