using System.Text.Json.Serialization;

namespace PolicyGateway.Intent.Training.Corpus;

/// <summary>The EXIF camera tags a corpus request's picture carries (its pixels are generated: only the tags matter).</summary>
public sealed record CorpusImage(
    [property: JsonPropertyName("make")] string Make,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("software")] string Software);
