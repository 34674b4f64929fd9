using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Core.Tests.Intent;

/// <summary>One shipped classifier for the whole test run: loading MiniLM costs about a second.</summary>
internal static class ShippedClassifier
{
    private static readonly Lazy<SemanticIntentClassifier> Shared = new(() => SemanticIntentClassifier.CreateDefault());

    public static SemanticIntentClassifier Instance => Shared.Value;
}
