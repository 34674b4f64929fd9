using System.Text;

namespace PolicyGateway.Policy;

/// <summary>PascalCase enum member names to the snake_case used in YAML and output: <c>LawEnforcement</c> → <c>law_enforcement</c>.</summary>
internal static class SnakeCase
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var pascal = value.ToString();
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(pascal[i]));
        }
        return builder.ToString();
    }
}
