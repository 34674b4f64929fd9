namespace PolicyGateway.Intent.Lexicon;

/// <summary>A lexicon term found in a segment; <paramref name="Token"/> is the word position, used for proximity rules.</summary>
internal readonly record struct ConceptHit(Concept Concept, int Segment, int Start, int Length, int Token);
