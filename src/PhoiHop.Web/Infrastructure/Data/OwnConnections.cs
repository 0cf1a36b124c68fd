namespace PhoiHop.Infrastructure.Data;

/// <summary>
/// Runs independent reads of one request side by side, each on a DI scope (so a context and a connection) of its own and
/// on a thread of the pool: Microsoft.Data.Sqlite runs its "async" commands on the caller's thread, so without the pool
/// thread the reads would run one after another. The first part to fail cancels the others through the shared token
/// source. Used by reports (figures counted beside the aggregate) and search (identity hits beside the words).
/// </summary>
public sealed class OwnConnections(IServiceScopeFactory scopes)
{
    /// <summary>
    /// Runs <paramref name="work"/> on its own scope once <paramref name="limit"/> (when given) lets it; a failure cancels
    /// <paramref name="failed"/> before it is thrown.
    /// </summary>
    public Task<T> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationTokenSource failed, SemaphoreSlim? limit = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(failed);
        var token = failed.Token;
        return Task.Run(async () =>
        {
            if (limit is not null)
                await limit.WaitAsync(token);
            try
            {
                await using var own = scopes.CreateAsyncScope();
                return await work(own.ServiceProvider, token);
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
            finally
            {
                limit?.Release();
            }
        }, token);
    }

    /// <inheritdoc cref="RunAsync{T}(Func{IServiceProvider, CancellationToken, Task{T}}, CancellationTokenSource, SemaphoreSlim?)"/>
    public Task RunAsync(Func<IServiceProvider, CancellationToken, Task> work, CancellationTokenSource failed, SemaphoreSlim? limit = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync<bool>(async (services, token) =>
        {
            await work(services, token);
            return true;
        }, failed, limit);
    }
}
