namespace PolicyGateway.Emulator.Protocol;

/// <summary>The deterministic reply split into the "tokens" that streaming sends one by one.</summary>
internal sealed record ReplyPlan(IReadOnlyList<string> Tokens, string FinishReason)
{
    public string Text { get; } = string.Concat(Tokens);

    public int TokenCount => Tokens.Count;
}
