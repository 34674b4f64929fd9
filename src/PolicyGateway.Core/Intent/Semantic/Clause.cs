namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// A sentence or clause of one segment that carries at least one stage-1 cue; the unit the second stage embeds and
/// scores. <paramref name="Concepts"/> is a bit set over <see cref="Lexicon.Concept"/> of the hits inside it;
/// <paramref name="Cue"/> is where its first cue starts, which the evidence excerpt is centred on.
/// </summary>
internal readonly record struct Clause(int Segment, int Start, int Length, int Cue, ulong Concepts, string Text);
