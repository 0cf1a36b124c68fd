namespace PhoiHop.Bench.Duplicates;

internal static class IndexBenchmark
{
    public static int Run(Load.LoadOptions options, TextWriter output)
    {
        output.WriteLine(options.Int("letters", 100_000));
        return 0;
    }
}
