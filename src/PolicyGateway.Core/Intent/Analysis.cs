using PolicyGateway.Content;
using PolicyGateway.Intent.Lexicon;

namespace PolicyGateway.Intent;

/// <summary>Everything the first stage found in one request: normalised segments, concept hits, image facts.</summary>
internal sealed class Analysis(ApiKind api)
{
    private static readonly int ConceptCount = Enum.GetValues<Concept>().Length;
    private List<ConceptHit>?[] _byConcept = [];

    public ApiKind Api { get; } = api;
    public List<Segment> Segments { get; } = [];
    public List<ConceptHit> Hits { get; } = [];
    public int ImageCount { get; set; }
    public List<Evidence> CameraEvidence { get; } = [];

    /// <summary>Groups hits by concept; call once after all segments were scanned.</summary>
    public void Index()
    {
        _byConcept = new List<ConceptHit>?[ConceptCount];
        foreach (var hit in Hits)
        {
            (_byConcept[(int)hit.Concept] ??= []).Add(hit);
        }
    }

    public IReadOnlyList<ConceptHit> Of(Concept concept) => _byConcept[(int)concept] ?? (IReadOnlyList<ConceptHit>)[];

    public bool Has(Concept concept) => _byConcept[(int)concept] is { Count: > 0 };

    public ConceptHit? First(Concept concept) => _byConcept[(int)concept] is { Count: > 0 } list ? list[0] : null;

    /// <summary>The first hit of <paramref name="concept"/> within <paramref name="window"/> words of any of <paramref name="others"/> in the same segment.</summary>
    public ConceptHit? Near(Concept concept, int window, params ReadOnlySpan<Concept> others)
    {
        if (_byConcept[(int)concept] is not { } hits)
        {
            return null;
        }

        foreach (var other in others)
        {
            if (_byConcept[(int)other] is not { } candidates)
            {
                continue;
            }

            foreach (var hit in hits)
            {
                foreach (var candidate in candidates)
                {
                    if (candidate.Segment == hit.Segment && Math.Abs(candidate.Token - hit.Token) <= window && !Overlaps(hit, candidate))
                    {
                        return hit;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether a hit of <paramref name="concept"/> occurs in a segment of the given content kind.</summary>
    public ConceptHit? FirstIn(ContentKind kind, Concept concept)
    {
        foreach (var hit in Of(concept))
        {
            if (Segments[hit.Segment].Kind == kind)
            {
                return hit;
            }
        }

        return null;
    }

    public ReadOnlySpan<char> TextOf(ConceptHit hit) => Segments[hit.Segment].Text.AsSpan(hit.Start, hit.Length);

    public Evidence Evidence(string signal, ConceptHit hit) =>
        new(signal, Segments[hit.Segment].Location, Excerpt.Around(Segments[hit.Segment].Text, hit.Start, hit.Length));

    public static bool Overlaps(ConceptHit a, ConceptHit b) =>
        a.Segment == b.Segment && a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
}
