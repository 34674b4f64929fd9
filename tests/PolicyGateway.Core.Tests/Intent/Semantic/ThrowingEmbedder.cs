using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Core.Tests.Intent.Semantic;

/// <summary>An embedder that is down: proves which requests reach the model, and that a failure fails closed.</summary>
internal sealed class ThrowingEmbedder : ISentenceEmbedder
{
    public int Dimensions => 384;

    public string Model => MiniLmSentenceEmbedder.ModelName;

    public int Calls { get; private set; }

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        Calls++;
        throw new InvalidOperationException("embedding model unavailable");
    }
}
