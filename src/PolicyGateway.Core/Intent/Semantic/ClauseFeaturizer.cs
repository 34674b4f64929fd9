using PolicyGateway.Content;
using PolicyGateway.Intent.Lexicon;
using PolicyGateway.Intent.Normalization;

namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// One clause's feature vector: its embedding, the stage-1 concepts inside it and in any cue clause of the request,
/// where it sits (role, turn, tool), what came with the request (pictures, camera EXIF) and its character n-grams. Everything comes from cue
/// clauses or the request's structure: a sentence without a cue changes nothing, and negators (discussion, fiction,
/// negation, blur, plate…) only count inside their own clause, so a frame sentence elsewhere cannot cancel an ask.
/// The API shape is deliberately not a feature (routes read generically must score like the ones trained on), with one
/// exception: a realtime session is live by its transport, whatever its words say.
/// </summary>
internal sealed class ClauseFeaturizer(FeatureLayout layout)
{
    public float[][] Build(Analysis analysis, ulong cues, IReadOnlyList<Clause> clauses, float[][] embeddings)
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

    private static void SetBits(float[] x, int offset, ulong mask)
    {
        for (var bit = 0; bit < FeatureLayout.ConceptCount; bit++)
        {
            if ((mask & (1UL << bit)) != 0)
            {
                x[offset + bit] = 1;
            }
        }
    }

    private void Structure(float[] x, Analysis analysis, Clause clause, int newestPart)
    {
        var segment = analysis.Segments[clause.Segment];
        var at = layout.Structure;
        x[at + Slot.Image] = analysis.ImageCount > 0 ? 1 : 0;
        x[at + Slot.Images] = analysis.ImageCount > 1 ? 1 : 0;
        foreach (var camera in analysis.CameraEvidence)
        {
            var slot = camera.Signal.Contains("bodycam", StringComparison.Ordinal) ? Slot.Bodycam
                : camera.Signal.Contains("dashcam", StringComparison.Ordinal) ? Slot.Dashcam
                : camera.Signal.Contains("drone", StringComparison.Ordinal) ? Slot.Drone
                : camera.Signal.Contains("smart_glasses", StringComparison.Ordinal) ? Slot.Glasses : -1;
            if (slot >= 0)
            {
                x[at + slot] = 1;
            }
        }

        x[at + segment.Kind switch
        {
            ContentKind.Text => Slot.Text,
            ContentKind.ToolDefinition => Slot.ToolDefinition,
            ContentKind.ToolCall => Slot.ToolCall,
            _ => Slot.OtherKind,
        }] = 1;
        x[at + segment.Role switch
        {
            "system" or "developer" => Slot.System,
            "user" => Slot.User,
            "assistant" => Slot.Assistant,
            "tool" or "function" => Slot.Tool,
            _ => Slot.NoRole,
        }] = 1;
        x[at + Slot.Newest] = segment.Part == newestPart ? 1 : 0;
        x[at + Slot.Question] = clause.Text.EndsWith('?') || clause.Text.EndsWith('？') ? 1 : 0;
        x[at + Slot.Decoded] = (segment.Evasion & Evasion.Encoded) != 0 ? 1 : 0;
        x[at + Slot.Evasion] = segment.Evasion is not Evasion.None and not Evasion.CompatibilityForms ? 1 : 0;
        x[at + Slot.Phone] = analysis.PhoneImageCount > 0 ? 1 : 0;
        x[at + Slot.Realtime] = analysis.Api == ApiKind.Realtime ? 1 : 0;
        x[at + Slot.Fixed] = analysis.FixedImageCount > 0 ? 1 : 0;
    }

    /// <summary>Each structure feature's offset, looked up by its name in <see cref="FeatureLayout.StructureNames"/>.</summary>
    private static class Slot
    {
        public static readonly int Image = Of("image.any");
        public static readonly int Images = Of("image.several");
        public static readonly int Bodycam = Of("exif.bodycam");
        public static readonly int Dashcam = Of("exif.dashcam");
        public static readonly int Drone = Of("exif.drone");
        public static readonly int Text = Of("kind.text");
        public static readonly int ToolDefinition = Of("kind.tool_definition");
        public static readonly int ToolCall = Of("kind.tool_call");
        public static readonly int OtherKind = Of("kind.other");
        public static readonly int System = Of("role.system");
        public static readonly int User = Of("role.user");
        public static readonly int Assistant = Of("role.assistant");
        public static readonly int Tool = Of("role.tool");
        public static readonly int NoRole = Of("role.none");
        public static readonly int Newest = Of("turn.newest");
        public static readonly int Question = Of("clause.question");
        public static readonly int Decoded = Of("clause.decoded");
        public static readonly int Evasion = Of("segment.evasion");
        public static readonly int Glasses = Of("exif.glasses");
        public static readonly int Phone = Of("exif.phone");
        public static readonly int Realtime = Of("api.realtime");
        public static readonly int Fixed = Of("exif.fixed");

        private static int Of(string name)
        {
            var index = Array.IndexOf(FeatureLayout.StructureNames, name);
            return index >= 0 ? index : throw new InvalidOperationException($"No structure feature '{name}'.");
        }
    }
}
