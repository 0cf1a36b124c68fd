namespace PhoiHop.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite = 0,
    PostgreSQL = 1,
}
