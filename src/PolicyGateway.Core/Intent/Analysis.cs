using PolicyGateway.Content;
using PolicyGateway.Intent.Lexicon;
using PolicyGateway.Intent.Normalization;

namespace PolicyGateway.Intent;

/// <summary>Everything the first stage found in one request: normalised segments, concept hits, image facts.</summary>
internal sealed class Analysis(ApiKind api) : IDisposable
{
    private static readonly int ConceptCount = Enum.GetValues<Concept>().Length;
    private List<ConceptHit>?[] _byConcept = [];

    public ApiKind Api { get; } = api;
    public List<Segment> Segments { get; } = [];
    // Hit lists stay with their thread between requests (taken, so a nested analysis would get its own); one that
    // grew past this many hits is left to the GC rather than kept alive.
    private const int MaxKeptHits = 4096;
    [ThreadStatic] private static List<ConceptHit>? t_hits;

    public List<ConceptHit> Hits { get; } = TakeHitList();
    public int ImageCount { get; set; }
    public List<Evidence> CameraEvidence { get; } = [];

    /// <summary>Pictures whose metadata names a phone: a feature for the learned stage, not evidence of a field camera.</summary>
    public int PhoneImageCount { get; set; }

    /// <summary>Pictures whose metadata names a fixed security or doorbell camera: a feature for the learned stage.</summary>
    public int FixedImageCount { get; set; }

    // Pooled buffers behind the segment texts, returned when the analysis is done.
    private readonly List<char[]> _buffers = [];

    /// <summary>Adds a segment whose text lies in <paramref name="buffer"/>, rented from the shared pool and now owned here.</summary>
    public void AddSegment(string location, ContentKind kind, string? role, int part, char[] buffer, int length, Evasion evasion)
    {
        _buffers.Add(buffer);
        Segments.Add(new Segment(location, kind, role, part, buffer.AsMemory(0, length), evasion));
    }

    public void Dispose()
    {
        foreach (var buffer in _buffers)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }

        _buffers.Clear();
        Segments.Clear();
        Hits.Clear();
        if (Hits.Capacity <= MaxKeptHits)
        {
            t_hits = Hits;
        }
    }

    private static List<ConceptHit> TakeHitList()
    {
        var hits = t_hits ?? [];
        t_hits = null;
        return hits;
    }

    // "without identifying anyone", "never perform facial recognition": a negation this many words before an act cancels it.
    private const int NegationWindow = 3;
    private const int UnspacedNegationWindow = 6;

    /// <summary>Groups hits by concept, dropping negated acts; call once after all segments were scanned.</summary>
    public void Index()
    {
        _byConcept = new List<ConceptHit>?[ConceptCount];
        // Sized once from the hit counts, instead of growing by doubling.
        Span<int> counts = stackalloc int[ConceptCount];
        foreach (var hit in Hits)
        {
            counts[(int)hit.Concept]++;
        }
        // Order matters: negations, persons and exclusions first, then system names, which the other hits are checked against.
        foreach (var hit in Hits)
        {
            if (hit.Concept is Concept.Negation or Concept.NegationAfter or Concept.Person or Concept.NotLaw or Concept.NotFace)
            {
                (_byConcept[(int)hit.Concept] ??= new(counts[(int)hit.Concept])).Add(hit);
            }
        }

        foreach (var hit in Hits)
        {
            if (hit.Concept == Concept.FrSystem && !IsNegated(hit))
            {
                (_byConcept[(int)hit.Concept] ??= new(counts[(int)hit.Concept])).Add(hit);
            }
        }

        foreach (var hit in Hits)
        {
            if (hit.Concept is Concept.Negation or Concept.NegationAfter or Concept.Person or Concept.NotLaw or Concept.NotFace or Concept.FrSystem
                || (IsAct(hit.Concept) && IsNegated(hit))
                || (hit.Concept == Concept.WhoIs && IsRelativeClause(hit))
                || (hit.Concept == Concept.LawStrong && IsCoveredBy(hit, Concept.NotLaw))
                || (IsPartOfSystemName(hit.Concept) && IsCoveredBy(hit, Concept.FrSystem))
                || (hit.Concept == Concept.Face && IsCoveredBy(hit, Concept.NotFace)))
            {
                continue;
            }

            (_byConcept[(int)hit.Concept] ??= new(counts[(int)hit.Concept])).Add(hit);
        }
    }

    /// <summary>"facial recognition" is one name, not a face plus an act of recognising.</summary>
    private static bool IsPartOfSystemName(Concept concept) => concept is Concept.Face or Concept.Identify or Concept.Match;

    /// <summary>"the man who is standing": English "who" right after a person noun introduces a description, not a question.</summary>
    private bool IsRelativeClause(ConceptHit hit)
    {
        if (!TextOf(hit).StartsWith("who", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var person in Of(Concept.Person))
        {
            if (person.Segment == hit.Segment && person.Token == hit.Token - 1)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCoveredBy(ConceptHit hit, Concept cover)
    {
        foreach (var other in Of(cover))
        {
            if (Overlaps(hit, other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAct(Concept concept) => concept is Concept.Identify or Concept.WhoIs or Concept.SamePerson
        or Concept.Match or Concept.FrSystem or Concept.FaceEmbedding;

    private static readonly List<ConceptHit> NoHits = [];

    private bool IsNegated(ConceptHit hit)
    {
        // Unspaced scripts count a pseudo-word every two or four characters, shorter than most of their words.
        var window = Script.UnspacedWordLength(Segments[hit.Segment].Text.Span[hit.Start]) > 0 ? UnspacedNegationWindow : NegationWindow;
        foreach (var negation in _byConcept[(int)Concept.Negation] ?? NoHits)
        {
            if (negation.Segment == hit.Segment && negation.Token < hit.Token && hit.Token - negation.Token <= window
                && !Segments[hit.Segment].Text.Span.Slice(negation.Start, hit.Start - negation.Start).ContainsAny(SentenceEnds))
            {
                return true;
            }
        }

        // The same window the other way round, for negations that follow their verb ("誰かを特定する必要はありません").
        var end = hit.Start + hit.Length;
        foreach (var negation in _byConcept[(int)Concept.NegationAfter] ?? NoHits)
        {
            if (negation.Segment == hit.Segment && negation.Start >= end && negation.Token - hit.Token <= window
                && !Segments[hit.Segment].Text.Span.Slice(end, negation.Start - end).ContainsAny(SentenceEnds))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Characters that end a sentence in the scripts the lexicon covers.</summary>
    internal const string SentenceEndCharacters = ".?!;。？！।؟۔";

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(SentenceEndCharacters);

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

    /// <summary>Like <see cref="Near"/>, but both hits must be in one sentence ("Who is this letter for? Photo attached." is two).</summary>
    public ConceptHit? NearInSentence(Concept concept, int window, params ReadOnlySpan<Concept> others)
    {
        foreach (var hit in Of(concept))
        {
            foreach (var other in others)
            {
                foreach (var candidate in Of(other))
                {
                    if (candidate.Segment == hit.Segment && Math.Abs(candidate.Token - hit.Token) <= window && !Overlaps(hit, candidate)
                        && !Between(hit, candidate).ContainsAny(SentenceEnds))
                    {
                        return hit;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether any hit of <paramref name="others"/> is within <paramref name="window"/> words of <paramref name="hit"/>, overlapping allowed.</summary>
    public bool IsNear(ConceptHit hit, int window, params ReadOnlySpan<Concept> others)
    {
        foreach (var other in others)
        {
            foreach (var candidate in Of(other))
            {
                if (candidate.Segment == hit.Segment && Math.Abs(candidate.Token - hit.Token) <= window)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a hit ends its sentence within <paramref name="words"/> more words: "who is this?", "who is she?".</summary>
    public bool EndsSentenceSoon(ConceptHit hit, int words)
    {
        var text = Segments[hit.Segment].Text.Span[(hit.Start + hit.Length)..];
        var end = text.IndexOfAny(SentenceEnds);
        var rest = (end < 0 ? text : text[..end]).Trim();
        return rest.IsEmpty || rest.Count(' ') < words;
    }

    private ReadOnlySpan<char> Between(ConceptHit a, ConceptHit b)
    {
        var (first, second) = a.Start <= b.Start ? (a, b) : (b, a);
        var from = first.Start + first.Length;
        return from >= second.Start ? [] : Segments[a.Segment].Text.Span.Slice(from, second.Start - from);
    }

    /// <summary>The first hit of <paramref name="concept"/> that overlaps a hit of <paramref name="inner"/> ("the name of anyone").</summary>
    public ConceptHit? Containing(Concept concept, Concept inner)
    {
        foreach (var hit in Of(concept))
        {
            foreach (var candidate in Of(inner))
            {
                if (Overlaps(hit, candidate))
                {
                    return hit;
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

    public ReadOnlySpan<char> TextOf(ConceptHit hit) => Segments[hit.Segment].Text.Span.Slice(hit.Start, hit.Length);

    public Evidence Evidence(string signal, ConceptHit hit) =>
        new(signal, Segments[hit.Segment].Location, Excerpt.Around(Segments[hit.Segment].Text.Span, hit.Start, hit.Length));

    public static bool Overlaps(ConceptHit a, ConceptHit b) =>
        a.Segment == b.Segment && a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
}
