using System.Diagnostics;
using PhoiHop.Features.Audit;

namespace PhoiHop.Features.Search;

/// <summary>
/// At start, in the background, gives a search document to every letter that has none (a database whose letters were
/// saved before search existed, or by a bulk load). It used to run inside the start-up, which after upgrading a database
/// of a million letters kept the app closed for the whole build; now the app answers at once and such letters are
/// found as their documents arrive. New and changed letters never wait for this: their documents are written in their
/// own transaction (<see cref="SearchDocumentsInterceptor"/>).
/// </summary>
public sealed partial class SearchBackfill(IServiceScopeFactory scopes, ILogger<SearchBackfill> log) : BackgroundService
{
    /// <summary>The number of letters given a document, once those found without one at start have one.</summary>
    public Task<int> Completion => _done.Task;

    private readonly TaskCompletionSource<int> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var started = Stopwatch.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, "system:search-backfill");
            var done = await scope.ServiceProvider.GetRequiredService<SearchRebuild>().IndexMissingAsync(stoppingToken);
            if (done > 0)
                LogDone(log, done, Stopwatch.GetElapsedTime(started).TotalSeconds);
            _done.TrySetResult(done);
        }
        catch (OperationCanceledException)
        {
            _done.TrySetCanceled(stoppingToken);
        }
        catch (Exception e)
        {
            // Another node wrote a document first, or the database went away: the letters left are done at the next start.
            LogFailed(log, e);
            _done.TrySetException(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search documents built for {Letters} letters that had none, in {Seconds:0.0} s")]
    private static partial void LogDone(ILogger logger, int letters, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search documents of letters saved without one could not all be built; the rest are built at the next start")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
