using System.Net;
using System.Text.Json;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Calendar;

// The public calendar API: anonymous, cacheable, and a 400 naming the parameter for anything malformed.
public abstract class CalendarApiTests(AppFactory app) : AppTests(app)
{
    [Theory]
    [InlineData("1985-01-21", 1, 1, 1985)] // Tết 1985 in Vietnam (UTC+7); China had it on 20/02/1985 (RULES.md 10.2)
    [InlineData("2026-02-17", 1, 1, 2026)]
    [InlineData("2026-04-26", 10, 3, 2026)] // Giỗ Tổ Hùng Vương 2026
    [InlineData("2030-02-02", 1, 1, 2030)] // Tết 2030 in Vietnam; 03/02 in China
    public async Task Lunar_KnownDates_ReturnVietnameseLunarDate(string date, int day, int month, int year)
    {
        using var client = App.CreateClient();

        using var json = await GetJsonAsync(client, $"/api/v1/calendar/lunar?date={date}", HttpStatusCode.OK);

        Assert.Equal(date, json.RootElement.GetProperty("date").GetString());
        Assert.Equal(day, json.RootElement.GetProperty("lunarDay").GetInt32());
        Assert.Equal(month, json.RootElement.GetProperty("lunarMonth").GetInt32());
        Assert.Equal(year, json.RootElement.GetProperty("lunarYear").GetInt32());
        Assert.False(json.RootElement.GetProperty("isLeapMonth").GetBoolean());
    }

    [Fact]
    public async Task Solar_HungKingsDay2026_Returns26April()
    {
        using var client = App.CreateClient();

        using var json = await GetJsonAsync(client, "/api/v1/calendar/solar?lunarDay=10&lunarMonth=3&lunarYear=2026&isLeapMonth=false", HttpStatusCode.OK);

        Assert.Equal("2026-04-26", json.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Holidays_2026_ListsTetAndSubstituteDay()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/api/v1/calendar/holidays?year=2026", Ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("public", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var days = json.RootElement.EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("kind").GetString());
        Assert.Equal("holiday", days["2026-02-17"]);
        Assert.Equal("holiday", days["2026-09-02"]);
        // Giỗ Tổ 2026 falls on a Sunday: the Monday is a day off in lieu (Bộ luật Lao động 2019, Art. 111(3)).
        Assert.Equal("substitute", days["2026-04-27"]);
    }

    [Fact]
    public async Task Due_TenWorkingDaysAcrossTet2026_SkipsTetAndExplainsIt()
    {
        using var client = App.CreateClient();

        using var json = await GetJsonAsync(client, "/api/v1/calendar/due?start=2026-02-10&amount=10&unit=WorkingDays", HttpStatusCode.OK);

        Assert.Equal("2026-03-03", json.RootElement.GetProperty("due").GetString());
        var explanation = string.Join('\n', json.RootElement.GetProperty("explanation").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("Tết Nguyên đán", explanation, StringComparison.Ordinal);
        Assert.Contains("16/02/2026", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_CalendarDaysEndingOnSunday_RollsToMonday()
    {
        using var client = App.CreateClient();

        // Counting starts on Tuesday 03/11; the 5th day is Saturday 07/11, so the period ends on Monday 09/11 (Civil Code Art. 148(5)).
        using var json = await GetJsonAsync(client, "/api/v1/calendar/due?start=2026-11-02&amount=5&unit=CalendarDays", HttpStatusCode.OK);

        Assert.Equal("2026-11-09", json.RootElement.GetProperty("due").GetString());
    }

    [Theory]
    [InlineData("/api/v1/calendar/lunar?date=2026-13-01", "date")]
    [InlineData("/api/v1/calendar/lunar?date=1899-12-31", "date")]
    [InlineData("/api/v1/calendar/lunar", "date")]
    [InlineData("/api/v1/calendar/lunar?date=%3Cscript%3E", "date")]
    [InlineData("/api/v1/calendar/solar?lunarDay=31&lunarMonth=1&lunarYear=2026", "lunarDay")]
    [InlineData("/api/v1/calendar/solar?lunarDay=1&lunarMonth=13&lunarYear=2026", "lunarMonth")]
    [InlineData("/api/v1/calendar/solar?lunarDay=1&lunarMonth=4&lunarYear=2026&isLeapMonth=true", "isLeapMonth")]
    [InlineData("/api/v1/calendar/solar?lunarDay=1&lunarMonth=4&lunarYear=2026&isLeapMonth=maybe", "isLeapMonth")]
    [InlineData("/api/v1/calendar/holidays?year=1800", "year")]
    [InlineData("/api/v1/calendar/holidays?year=abc", "year")]
    [InlineData("/api/v1/calendar/due?start=2026-02-10&amount=-1&unit=WorkingDays", "amount")]
    [InlineData("/api/v1/calendar/due?start=2026-02-10&amount=5&unit=1", "unit")]
    [InlineData("/api/v1/calendar/due?start=2026-02-10&amount=10&unit=Hours", "unit")]
    [InlineData("/api/v1/calendar/due?start=10/02/2026&amount=10&unit=WorkingDays", "start")]
    [InlineData("/api/v1/calendar/due?start=2199-12-01&amount=1000&unit=WorkingDays", "amount")]
    public async Task BadParameter_Returns400NamingIt(string url, string parameter)
    {
        using var client = App.CreateClient();

        using var json = await GetJsonAsync(client, url, HttpStatusCode.BadRequest);

        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), json.RootElement.ToString());
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }

    public sealed class Sqlite(SqliteAppFactory app) : CalendarApiTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : CalendarApiTests(app), IClassFixture<PostgresAppFactory>;
}
