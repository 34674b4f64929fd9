namespace PolicyGateway.Recording.WhatIf;

/// <summary>How one rule's verdicts change under the candidate pack, with a few decision ids of each kind.</summary>
public sealed class RuleFlips(string ruleId)
{
    public string RuleId { get; } = ruleId;
    public int NewlyDenied { get; private set; }
    public int NoLongerDenied { get; private set; }
    public int NewlyShadowed { get; private set; }
    public int NoLongerShadowed { get; private set; }
    public List<string> NewlyDeniedSample { get; } = [];
    public List<string> NoLongerDeniedSample { get; } = [];

    public bool Any => NewlyDenied + NoLongerDenied + NewlyShadowed + NoLongerShadowed > 0;

    internal void Add(bool wasDenied, bool denies, bool wasShadowed, bool shadows, string decisionId, int sampleSize)
    {
        if (denies && !wasDenied) Count(++NewlyDenied, NewlyDeniedSample);
        if (wasDenied && !denies) Count(++NoLongerDenied, NoLongerDeniedSample);
        if (shadows && !wasShadowed) NewlyShadowed++;
        if (wasShadowed && !shadows) NoLongerShadowed++;

        void Count(int _, List<string> sample)
        {
            if (sample.Count < sampleSize) sample.Add(decisionId);
        }
    }
}
