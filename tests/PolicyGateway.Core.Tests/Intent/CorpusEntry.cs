using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyGateway.Core.Tests.Intent;

/// <summary>One labelled request of the intent corpus (see Corpus/README.md).</summary>
public sealed record CorpusEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("split")] string Split,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("evasion")] string Evasion,
    [property: JsonPropertyName("api")] string Api,
    [property: JsonPropertyName("labels")] Dictionary<string, bool> Labels,
    [property: JsonPropertyName("images")] List<CorpusImage> Images,
    [property: JsonPropertyName("body")] JsonElement Body)
{
    public override string ToString() => Id;
}

public sealed record CorpusImage(
    [property: JsonPropertyName("make")] string Make,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("software")] string Software);
