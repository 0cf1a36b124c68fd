using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditLogAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only in the database too, not only in the application.
            migrationBuilder.Sql("""
                CREATE FUNCTION "AuditEntries_RefuseChange"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit log is append-only';
                END;
                $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_AppendOnly\" BEFORE UPDATE OR DELETE ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION \"AuditEntries_RefuseChange\"();");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_NoTruncate\" BEFORE TRUNCATE ON \"AuditEntries\" FOR EACH STATEMENT EXECUTE FUNCTION \"AuditEntries_RefuseChange\"();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_NoTruncate\" ON \"AuditEntries\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_AppendOnly\" ON \"AuditEntries\";");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS \"AuditEntries_RefuseChange\"();");
        }
    }
}
