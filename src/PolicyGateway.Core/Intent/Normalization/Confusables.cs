using System.Collections.Frozen;

namespace PolicyGateway.Intent.Normalization;

/// <summary>Lookup over <see cref="ConfusablesData"/>: which non-Latin letters pose as which ASCII letter.</summary>
internal static class Confusables
{
    private static readonly FrozenDictionary<char, char> Map = Build();

    public static bool TryGetAscii(char c, out char ascii) => Map.TryGetValue(c, out ascii);

    private static FrozenDictionary<char, char> Build()
    {
        var pairs = ConfusablesData.Pairs;
        var map = new Dictionary<char, char>(pairs.Length / 2);
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map.TryAdd(pairs[i], pairs[i + 1]);
            // Request text is lower-cased before the lookup, so the lower-case form must be present too.
            map.TryAdd(char.ToLowerInvariant(pairs[i]), pairs[i + 1]);
        }

        return map.ToFrozenDictionary();
    }
}
