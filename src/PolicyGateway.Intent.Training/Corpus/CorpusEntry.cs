using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyGateway.Intent.Training.Corpus;

/// <summary>One labelled request of the intent corpus (see the corpus README).</summary>
public sealed record CorpusEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("api")] string Api,
    [property: JsonPropertyName("labels")] Dictionary<string, bool> Labels,
    [property: JsonPropertyName("images")] List<CorpusImage> Images,
    [property: JsonPropertyName("body")] JsonElement Body)
{
    /// <summary><c>train</c>, <c>validation</c> or <c>blind</c>; set from the file an entry comes from (<see cref="CorpusFiles"/>).</summary>
    [JsonPropertyName("split")] public string Split { get; init; } = "";

    [JsonPropertyName("evasion")] public string Evasion { get; init; } = "none";

    /// <summary>Which demo caller sends it, and the decision the writer expects under LE-1/LE-2 (writer files only).</summary>
    [JsonPropertyName("caller")] public string? Caller { get; init; }

    [JsonPropertyName("expect")] public string? Expect { get; init; }

    /// <summary><c>asked</c>, <c>discussed</c> or <c>none</c>: whether facial recognition is asked for or only talked about.</summary>
    [JsonPropertyName("fr_mode")] public string? FrMode { get; init; }

    [JsonPropertyName("family")] public string? Family { get; init; }

    /// <summary>Who wrote it: the file's name (<c>corpus</c> for the first session's seeds and their variants).</summary>
    [JsonIgnore] public string Writer { get; init; } = "";

    /// <summary>Variants of one seed share it, so they always land in the same split and fold.</summary>
    [JsonIgnore] public string Seed { get; init; } = "";

    public override string ToString() => Id;
}
