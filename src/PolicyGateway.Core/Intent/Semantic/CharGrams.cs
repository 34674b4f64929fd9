namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// Hashed character 2- to 5-grams of a clause's normalised text, as an L2-normalised presence vector. They read
/// what the English sentence model does not: Thai, Korean or Bengali word pieces, inflections and code words that
/// stage 1 found a cue next to. Hashing is FNV-1a over the characters, so the buckets are the same on every machine
/// and in every process (string hash codes are randomised per process and would break the byte-identical rebuild).
/// </summary>
internal static class CharGrams
{
    public const int Buckets = 8192;
    public const int Shortest = 2;
    public const int Longest = 5;

    /// <summary>Writes the clause's vector into <paramref name="into"/> (<see cref="Buckets"/> long, zeroed).</summary>
    public static void Write(ReadOnlySpan<char> text, Span<float> into)
    {
        if (into.Length != Buckets)
        {
            throw new ArgumentException($"Expected {Buckets} buckets.", nameof(into));
        }

        var present = 0;
        for (var n = Shortest; n <= Longest; n++)
        {
            for (var start = 0; start + n <= text.Length; start++)
            {
                var bucket = Bucket(text.Slice(start, n));
                if (into[bucket] == 0)
                {
                    into[bucket] = 1;
                    present++;
                }
            }
        }

        if (present > 1)
        {
            var norm = 1f / MathF.Sqrt(present);
            foreach (ref var value in into)
            {
                value *= norm;
            }
        }
    }

    private static int Bucket(ReadOnlySpan<char> gram)
    {
        // The length is hashed first so "ab" and the start of "abc" land apart.
        var hash = (2166136261u ^ (uint)gram.Length) * 16777619u;
        foreach (var c in gram)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Buckets);
    }
}
