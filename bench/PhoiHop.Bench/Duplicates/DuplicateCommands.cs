namespace PhoiHop.Bench.Duplicates;

/// <summary>The duplicate matcher's commands of issue #5: its evaluation set and its in-memory index benchmark.</summary>
internal static class DuplicateCommands
{
    public const string EvalSetCommand = "duplicates-evalset";
    public const string IndexCommand = "duplicates-index";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is EvalSetCommand or IndexCommand;

    public static int Run(string[] args, TextWriter output)
    {
        var options = new Load.LoadOptions(args.Skip(1));
        return args[0] switch
        {
            EvalSetCommand => EvalSet.Write(options.String("out", "tests/PhoiHop.Tests/Features/Petitions/Duplicates/eval-set.json"), output),
            IndexCommand => IndexBenchmark.Run(options, output),
            _ => 2,
        };
    }
}
