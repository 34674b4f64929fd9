namespace PolicyGateway.Intent.Semantic;

/// <summary>Turns short texts into fixed-size sentence embeddings. Must be thread-safe and deterministic.</summary>
public interface ISentenceEmbedder
{
    /// <summary>Length of every vector <see cref="Embed"/> returns.</summary>
    int Dimensions { get; }

    /// <summary>Names the embedding model, so a trained model can refuse vectors from another one.</summary>
    string Model { get; }

    /// <summary>One vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts);
}
