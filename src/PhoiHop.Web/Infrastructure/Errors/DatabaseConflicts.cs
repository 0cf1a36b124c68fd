using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PhoiHop.Infrastructure.Errors;

/// <summary>
/// A save that lost a race with another one: the row changed meanwhile (a concurrency token), or the unique value was
/// taken meanwhile (two people creating the same body code, regulation number or calendar year at once). Nothing was
/// written; the answer is a 409 "changed meanwhile, reload and try again", not a 500. A use case that checks first and
/// can say more (the petitions' steps) handles its own races before this.
/// </summary>
public static class DatabaseConflicts
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Is(Exception? exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } } => true,
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => true,
        _ => false,
    };

    public static int StatusCodeOf(Exception exception) =>
        Is(exception) ? StatusCodes.Status409Conflict : StatusCodes.Status500InternalServerError;
}
