using System.Text.Json.Serialization;

namespace PolicyGateway.Intent.Semantic;

/// <summary>The on-disk form of a trained second stage (<c>intent-model.json</c>), written by the trainer.</summary>
public sealed record SemanticModelFile(
    [property: JsonPropertyName("format")] int Format,
    [property: JsonPropertyName("embedding")] string Embedding,
    [property: JsonPropertyName("layout")] string Layout,
    [property: JsonPropertyName("embedding_dimensions")] int EmbeddingDimensions,
    [property: JsonPropertyName("training")] IReadOnlyDictionary<string, string> Training,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, LabelModelFile> Labels,
    [property: JsonPropertyName("heads")] IReadOnlyDictionary<string, LinearHeadFile> Heads)
{
    public const int CurrentFormat = 3;
}
