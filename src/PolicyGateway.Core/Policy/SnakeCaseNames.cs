using System.Collections.Frozen;

namespace PolicyGateway.Policy;

/// <summary>The snake_case spelling of an enum's members, as written in policies, callers and output.</summary>
public static class SnakeCaseNames<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(SnakeCase.Of, StringComparer.Ordinal);

    private static readonly FrozenDictionary<TEnum, string> ByValue =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, SnakeCase.Of);

    /// <summary>Every name, in declaration order, for "expected one of" messages.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<TEnum>().Select(SnakeCase.Of).ToArray();

    public static bool TryParse(string? name, out TEnum value)
    {
        value = default;
        return name is not null && ByName.TryGetValue(name, out value);
    }

    public static string Name(TEnum value) => ByValue[value];
}
