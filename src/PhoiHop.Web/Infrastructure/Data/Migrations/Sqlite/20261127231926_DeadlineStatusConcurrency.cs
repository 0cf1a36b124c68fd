using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Sqlite
{
    /// <summary>
    /// Model only, no schema change: TrackedDeadline.Status becomes a concurrency token, so that work holding a deadline
    /// read while open (a calendar change, the reminders) cannot write it after a step met it.
    /// </summary>
    public partial class DeadlineStatusConcurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
