namespace PolicyGateway.Recording.Audit;

/// <summary>One instance's chain: how many records verified before the first problem, if any.</summary>
public sealed record ChainReport(string Instance, long Verified, ChainProblem? Problem)
{
    public bool Intact => Problem is null;

    public override string ToString() => Problem is null
        ? $"chain {Instance}: {Verified} record(s) verified, intact"
        : $"chain {Instance}: {Problem.Kind.ToString().ToUpperInvariant()} {Problem.RecordId} (#{Problem.Seq}): {Problem.Message} ({Verified} record(s) verified before it)";
}
