namespace PhoiHop.Infrastructure;

public static class LoggingModule
{
    /// <summary>Structured JSON logs when <c>Logging:Format</c> is <c>json</c> (production); readable text otherwise.</summary>
    public static ILoggingBuilder AddAppLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        if (string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            logging.ClearProviders();
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }
        return logging;
    }
}
