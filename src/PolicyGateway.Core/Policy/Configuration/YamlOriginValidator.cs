using FluentValidation;
using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Configuration;

/// <summary>Unknown keys are errors: a misspelt <c>whne:</c> must not silently turn a rule into one without conditions.</summary>
public sealed class YamlOriginValidator : AbstractValidator<YamlOrigin>
{
    public static YamlOriginValidator Instance { get; } = new();

    public YamlOriginValidator()
    {
        RuleForEach(x => x.UnknownFields).Custom((field, context) =>
        {
            var suggestion = Suggest(field.Name, field.Allowed);
            context.AddFailure(field.Location,
                $"unknown field '{field.Name}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}; allowed here: {string.Join(", ", field.Allowed)}");
        });
    }

    private static string? Suggest(string name, IReadOnlyList<string> allowed) =>
        allowed.Select(a => (Name: a, Distance: EditDistance(name, a)))
            .Where(x => x.Distance <= Math.Max(2, x.Name.Length / 3))
            .OrderBy(x => x.Distance)
            .Select(x => x.Name)
            .FirstOrDefault();

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
