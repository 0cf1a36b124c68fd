namespace PhoiHop.Bench.Load;

/// <summary>The load tests of issue #4, beside the BenchmarkDotNet micro-benchmarks of the same project.</summary>
internal static class LoadCommands
{
    public const string Intake = "petitions-intake";
    public const string Bulk = "petitions-load";
    public const string Queries = "petitions-queries";
    public const string Search = "search";
    public const string Reports = "reports";

    public static bool IsLoadCommand(string[] args) => args.Length > 0 && args[0] is Intake or Bulk or Queries or Search or Reports;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var options = new LoadOptions(args.Skip(1));
        return args[0] switch
        {
            Intake => await IntakeLoad.RunAsync(options, output),
            Bulk => await BulkLoad.RunAsync(options, output),
            Queries => await QueryLoad.RunAsync(options, output),
            Search => await SearchLoad.RunAsync(options, output),
            Reports => await ReportLoad.RunAsync(options, output),
            _ => 2,
        };
    }
}
