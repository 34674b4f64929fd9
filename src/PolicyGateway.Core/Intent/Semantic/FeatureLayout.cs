using PolicyGateway.Content;
using PolicyGateway.Intent.Lexicon;

namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// Where each feature of a clause lives in its vector. The order is part of the model file's contract: a model
/// trained with one layout is refused by another (<see cref="Signature"/>).
/// </summary>
internal sealed class FeatureLayout
{
    public static readonly int ConceptCount = Enum.GetValues<Concept>().Length;
    public static readonly int LabelCount = Enum.GetValues<IntentLabel>().Length;

    /// <summary>
    /// Logistic heads that are not labels and only feed the trees. <c>fr_topic</c>: facial recognition is asked for or
    /// only discussed. Easier to learn than the ask itself, it tells the trees when a police request about a picture
    /// has no facial-recognition topic at all (plates, descriptions, evidence logs), which the ask head alone confuses.
    /// </summary>
    public static readonly string[] AuxiliaryHeads = ["fr_topic"];

    /// <summary>Logistic heads in stacking order: every label, then <see cref="AuxiliaryHeads"/>.</summary>
    public static readonly int HeadCount = LabelCount + AuxiliaryHeads.Length;

    /// <summary>Facts about where the clause sits and what came with the request; see <see cref="ClauseFeaturizer"/>.</summary>
    public static readonly string[] StructureNames =
    [
        "image.any", "image.several", "exif.bodycam", "exif.dashcam", "exif.drone",
        "kind.text", "kind.tool_definition", "kind.tool_call", "kind.other",
        "role.system", "role.user", "role.assistant", "role.tool", "role.none",
        "turn.newest", "clause.question", "clause.decoded", "segment.evasion", "exif.glasses", "exif.phone", "api.realtime",
        "exif.fixed",
    ];

    public FeatureLayout(int embeddingDimensions)
    {
        EmbeddingDimensions = embeddingDimensions;
        ClauseConcepts = embeddingDimensions;
        RequestConcepts = ClauseConcepts + ConceptCount;
        Structure = RequestConcepts + ConceptCount;
        CharGrams = Structure + StructureNames.Length;
        Count = CharGrams + Semantic.CharGrams.Buckets;
        PooledCount = Count + embeddingDimensions;
        StackCount = (2 * HeadCount) + CharGrams - embeddingDimensions;
    }

    public int EmbeddingDimensions { get; }

    /// <summary>Offsets of each block: the embedding starts at 0.</summary>
    public int ClauseConcepts { get; }
    public int RequestConcepts { get; }
    public int Structure { get; }

    /// <summary>Where the clause's hashed character n-grams start (<see cref="Semantic.CharGrams"/>); they close the row.</summary>
    public int CharGrams { get; }

    public int Count { get; }

    /// <summary>Length of a request's row after <see cref="ClausePooling"/>: the embedding twice (max, mean), the rest once.</summary>
    public int PooledCount { get; }

    /// <summary>
    /// Length of the row the trees score: each head's linear score of the pooled row, each head's best linear score
    /// of a clause alone, then the pooled concepts and structure. Embeddings and character n-grams reach the trees only
    /// through the linear scores: thousands of sparse columns would slow the trees and let them memorise wording.
    /// </summary>
    public int StackCount { get; }

    /// <summary>Names the blocks and their sizes; a model file carries it and is refused when it differs.</summary>
    public string Signature =>
        $"pooled(max,mean)emb{EmbeddingDimensions}+max(concepts{ConceptCount}x2+structure[{string.Join(',', StructureNames)}]"
        + $"+chargrams{Semantic.CharGrams.Shortest}-{Semantic.CharGrams.Longest}x{Semantic.CharGrams.Buckets}fnv1a-l2)"
        + $";stack(linear{LabelCount}+{string.Join('+', AuxiliaryHeads)},best-clause-linear{HeadCount},pooled-concepts-structure)";

    /// <summary>The stacked row of <see cref="StackCount"/> features; shared by the trainer and the classifier.</summary>
    public float[] Stack(ReadOnlySpan<float> linear, ReadOnlySpan<float> bestClauseLinear, ReadOnlySpan<float> pooled)
    {
        var row = new float[StackCount];
        linear.CopyTo(row);
        bestClauseLinear.CopyTo(row.AsSpan(HeadCount));
        pooled[(2 * EmbeddingDimensions)..(EmbeddingDimensions + CharGrams)].CopyTo(row.AsSpan(2 * HeadCount));
        return row;
    }
}
