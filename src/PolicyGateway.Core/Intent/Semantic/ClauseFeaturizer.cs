using PolicyGateway.Content;
using PolicyGateway.Intent.Lexicon;
using PolicyGateway.Intent.Normalization;

namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// One clause's feature vector: its embedding, the stage-1 concepts inside it and in any cue clause of the request,
/// where it sits (role, turn, tool), what came with the request (pictures, camera EXIF) and its character n-grams. Everything comes from cue
/// clauses or the request's structure: a sentence without a cue changes nothing, and negators (discussion, fiction,
/// negation, blur, plate…) only count inside their own clause, so a frame sentence elsewhere cannot cancel an ask.
/// The API shape is deliberately not a feature: routes read generically must score like the ones trained on.
/// </summary>
internal sealed class ClauseFeaturizer(FeatureLayout layout)
{
    public float[][] Build(Analysis analysis, uint cues, IReadOnlyList<Clause> clauses, float[][] embeddings)
    {
        var newestPart = analysis.Segments.Count == 0 ? -1 : analysis.Segments.Max(s => s.Part);
        var rows = new float[clauses.Count][];
        for (var i = 0; i < clauses.Count; i++)
        {
            var x = new float[layout.Count];
            embeddings[i].AsSpan(0, layout.EmbeddingDimensions).CopyTo(x);
            SetBits(x, layout.ClauseConcepts, clauses[i].Concepts);
            SetBits(x, layout.RequestConcepts, cues);
            Structure(x, analysis, clauses[i], newestPart);
            CharGrams.Write(clauses[i].Text, x.AsSpan(layout.CharGrams, CharGrams.Buckets));
            rows[i] = x;
        }

        return rows;
    }

    private static void SetBits(float[] x, int offset, uint mask)
    {
        for (var bit = 0; bit < FeatureLayout.ConceptCount; bit++)
        {
            if ((mask & (1u << bit)) != 0)
            {
                x[offset + bit] = 1;
            }
        }
    }

    private void Structure(float[] x, Analysis analysis, Clause clause, int newestPart)
    {
        var segment = analysis.Segments[clause.Segment];
        var at = layout.Structure;
        x[at] = analysis.ImageCount > 0 ? 1 : 0;
        x[at + 1] = analysis.ImageCount > 1 ? 1 : 0;
        foreach (var camera in analysis.CameraEvidence)
        {
            var slot = camera.Signal.Contains("bodycam", StringComparison.Ordinal) ? 2
                : camera.Signal.Contains("dashcam", StringComparison.Ordinal) ? 3
                : camera.Signal.Contains("drone", StringComparison.Ordinal) ? 4
                : camera.Signal.Contains("smart_glasses", StringComparison.Ordinal) ? 18 : -1;
            if (slot > 0)
            {
                x[at + slot] = 1;
            }
        }

        x[at + segment.Kind switch
        {
            ContentKind.Text => 5,
            ContentKind.ToolDefinition => 6,
            ContentKind.ToolCall => 7,
            _ => 8,
        }] = 1;
        x[at + segment.Role switch
        {
            "system" or "developer" => 9,
            "user" => 10,
            "assistant" => 11,
            "tool" or "function" => 12,
            _ => 13,
        }] = 1;
        x[at + 14] = segment.Part == newestPart ? 1 : 0;
        x[at + 15] = clause.Text.EndsWith('?') || clause.Text.EndsWith('？') ? 1 : 0;
        x[at + 16] = (segment.Evasion & Evasion.Encoded) != 0 ? 1 : 0;
        x[at + 17] = segment.Evasion is not Evasion.None and not Evasion.CompatibilityForms ? 1 : 0;
        x[at + 19] = analysis.PhoneImageCount > 0 ? 1 : 0;
    }
}
