using Npgsql;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Tests.Infrastructure.Data;

public sealed class PostgresDefaultsTests
{
    [Fact]
    public void ConnectionWithoutPoolSettings_GetsNoResetAndAutoPrepare_AndKeepsTheRest()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseModule.PostgresDefaults("Host=db;Database=phoihop;Username=app;Password=bí mật;Pooling=true"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(100, tuned.MaxAutoPrepare);
        Assert.Equal(("db", "phoihop", "app", "bí mật"), (tuned.Host, tuned.Database, tuned.Username, tuned.Password));
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;noresetonclose=False;MAXAUTOPREPARE=0")]
    public void OperatorsChoice_IsKept(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseModule.PostgresDefaults(connectionString));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
