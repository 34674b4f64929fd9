using System.Buffers;
using System.Numerics;
using PolicyGateway.Intent.Lexicon;

namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// Cuts the first stage's normalised segments into sentences and keeps the ones that carry a cue worth a second look
/// (a face, a person, a picture, an identity act, a list of people, a camera, police or a place of police work, live
/// wording). Everything else never reaches the embedding model, which is what keeps ordinary requests as cheap as
/// before.
/// </summary>
internal static class ClauseFinder
{
    // Sentence ends, and colons: normalisation turns line breaks into spaces, so "Matching record and name:" followed
    // by a new line must still end a clause; a label before a colon ("Task:") carries no cue of its own anyway.
    private static readonly Concept[] Concepts = Enum.GetValues<Concept>();

    private static readonly SearchValues<char> Ends = SearchValues.Create(Analysis.SentenceEndCharacters + ":：");

    private static readonly char[] ClosingMarks = [.. (Analysis.SentenceEndCharacters + ":：").Where(c => c is not ('?' or '？' or '؟'))];

    /// <summary>Concepts that make a clause a cue; negators and frames alone (discuss, blur, plate…) do not.</summary>
    public static readonly ulong CueMask = Mask(
        Concept.Face, Concept.FrSystem, Concept.FaceEmbedding, Concept.Identify, Concept.WhoIs, Concept.SamePerson,
        Concept.Same, Concept.Match, Concept.Person, Concept.Visual, Concept.Deictic, Concept.Gallery, Concept.Database,
        Concept.Suspect, Concept.Realtime, Concept.MobileCamera, Concept.InTheWild, Concept.LawStrong, Concept.LawWeak,
        Concept.PoliceArtifact, Concept.FixedCamera, Concept.ControlledSetting);

    /// <summary>Cues too common to earn a clause a look alone ("the same", "search", "database", "evidence"); two of them do.</summary>
    private static readonly ulong WeakMask = Mask(Concept.Same, Concept.Match, Concept.Database, Concept.LawWeak);

    /// <summary>Concepts that name the act or its material; when clauses must be dropped, these rank first.</summary>
    private static readonly ulong StrongMask = Mask(
        Concept.Face, Concept.FrSystem, Concept.FaceEmbedding, Concept.Identify, Concept.WhoIs, Concept.SamePerson,
        Concept.Gallery, Concept.Realtime, Concept.MobileCamera);

    public static ulong Mask(params ReadOnlySpan<Concept> concepts)
    {
        var mask = 0UL;
        foreach (var concept in concepts)
        {
            mask |= 1UL << (int)concept;
        }

        return mask;
    }

    /// <summary>
    /// At most <paramref name="maxClauses"/> cue clauses of at most <paramref name="maxChars"/> characters, in text
    /// order; <paramref name="cues"/> gathers the cue concepts of every cue clause, kept or not.
    /// </summary>
    public static List<Clause> Find(Analysis analysis, int maxClauses, int maxChars, out ulong cues)
    {
        var bounds = new List<(int Start, int End)>[analysis.Segments.Count];
        var masks = new Dictionary<(int Segment, int Clause), (ulong Mask, int FirstCue)>();
        foreach (var concept in Concepts)
        {
            foreach (var hit in analysis.Of(concept))
            {
                var clauses = bounds[hit.Segment] ??= Split(analysis.Segments[hit.Segment].Text.Span);
                var index = IndexOf(clauses, hit.Start);
                var key = (hit.Segment, index);
                var (mask, first) = masks.GetValueOrDefault(key, (0UL, int.MaxValue));
                var bit = 1UL << (int)concept;
                masks[key] = (mask | bit, (bit & CueMask) != 0 ? Math.Min(first, hit.Start) : first);
            }
        }

        cues = 0UL;
        foreach (var (mask, _) in masks.Values)
        {
            cues |= IsCue(mask) ? mask & CueMask : 0;
        }

        var candidates = masks
            .Where(m => IsCue(m.Value.Mask))
            .OrderByDescending(m => BitOperations.PopCount(m.Value.Mask & StrongMask))
            .ThenByDescending(m => analysis.Segments[m.Key.Segment].Part)
            .ThenBy(m => m.Key.Segment)
            .ThenBy(m => m.Key.Clause)
            .Take(maxClauses)
            .OrderBy(m => m.Key.Segment)
            .ThenBy(m => m.Key.Clause);
        var found = new List<Clause>();
        foreach (var ((segment, index), (mask, firstCue)) in candidates)
        {
            var (start, end) = bounds[segment]![index];
            found.Add(Make(analysis, segment, start, end, mask, firstCue, maxChars));
        }

        return found;
    }

    private static bool IsCue(ulong mask) =>
        (mask & CueMask & ~WeakMask) != 0 || BitOperations.PopCount(mask & WeakMask) >= 2;

    /// <summary>The sentences of the newest text (at most <paramref name="maxClauses"/>), for a request whose only cue is an attached picture.</summary>
    public static IEnumerable<Clause> Newest(Analysis analysis, int maxClauses, int maxChars)
    {
        Segment? newest = null;
        var at = -1;
        for (var i = 0; i < analysis.Segments.Count; i++)
        {
            var segment = analysis.Segments[i];
            if (segment.Text.Length > 0 && (newest is null || segment.Part > newest.Part))
            {
                (newest, at) = (segment, i);
            }
        }

        if (newest is null)
        {
            yield break;
        }

        foreach (var (start, end) in Split(newest.Text.Span).Where(c => c.End > c.Start).Take(maxClauses))
        {
            yield return Make(analysis, at, start, end, 0, start, maxChars);
        }
    }

    private static Clause Make(Analysis analysis, int segment, int start, int end, ulong mask, int firstCue, int maxChars)
    {
        // The space after the previous sentence's end belongs to no clause: left in, it would take a character of the
        // window below, so a sentence added before the ask would change what the ask's clause says.
        var span = analysis.Segments[segment].Text.Span;
        while (start < end && char.IsWhiteSpace(span[start]))
        {
            start++;
        }

        if (end - start > maxChars)
        {
            // Keep the window around the first cue, with a little of what leads up to it.
            start = Math.Clamp(firstCue - (maxChars / 4), start, end - maxChars);
            end = start + maxChars;
        }

        // A closing full stop (or danda, or colon…) is where a sentence ends, not what it says: "…both eyes" and
        // "…both eyes." must embed alike, or text added after the ask would move it. Question marks stay: they are content.
        var text = span[start..end].Trim().TrimEnd(ClosingMarks).ToString();
        return new Clause(segment, start, end - start, Math.Clamp(firstCue, start, end), mask, text);
    }

    /// <summary>Sentence ranges; the terminator stays with its sentence so a question keeps its question mark.</summary>
    private static List<(int Start, int End)> Split(ReadOnlySpan<char> text)
    {
        var clauses = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            var next = text[start..].IndexOfAny(Ends);
            var end = next < 0 ? text.Length : start + next + 1;
            while (end < text.Length && Ends.Contains(text[end]))
            {
                end++;
            }

            clauses.Add((start, end));
            start = end;
        }

        if (clauses.Count == 0)
        {
            clauses.Add((0, 0));
        }

        return clauses;
    }

    private static int IndexOf(List<(int Start, int End)> clauses, int position)
    {
        var (low, high) = (0, clauses.Count - 1);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (clauses[mid].Start <= position)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
