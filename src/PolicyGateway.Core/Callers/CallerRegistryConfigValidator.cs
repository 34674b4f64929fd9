using FluentValidation;
using PolicyGateway.Policy.Configuration;

namespace PolicyGateway.Callers;

/// <summary>Checks each caller, then what only the whole registry shows: unique ids, and no key shared by two callers.</summary>
public sealed class CallerRegistryConfigValidator : AbstractValidator<CallerRegistryConfig>
{
    public CallerRegistryConfigValidator()
    {
        RuleFor(x => x.Yaml).SetValidator(YamlOriginValidator.Instance);
        RuleForEach(x => x.Callers).SetValidator(new CallerConfigValidator());
        RuleFor(x => x).Custom((registry, context) =>
        {
            foreach (var group in registry.Callers.Where(c => !string.IsNullOrEmpty(c.Id)).GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                foreach (var duplicate in group.Skip(1))
                {
                    context.AddFailure(duplicate.Yaml.At("id"), $"duplicate caller id '{group.Key}' (first defined at {group.First().Yaml.At("id")})");
                }
            }
            // A key that resolves to two callers would make identity ambiguous.
            var keys = registry.Callers.SelectMany(c => c.KeySha256.Select(k => (Caller: c, Key: k)));
            foreach (var group in keys.GroupBy(x => x.Key.Text.ToLowerInvariant()).Where(g => g.Select(x => x.Caller).Distinct().Count() > 1))
            {
                var owners = string.Join(", ", group.Select(x => x.Caller.Id).Distinct());
                context.AddFailure(group.Last().Key.Location, $"the same key_sha256 is listed for several callers ({owners}); each key must identify one caller");
            }
        });
    }
}
