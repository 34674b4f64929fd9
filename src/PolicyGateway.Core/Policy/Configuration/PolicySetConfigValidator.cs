using FluentValidation;

namespace PolicyGateway.Policy.Configuration;

/// <summary>Checks each file, then what only the whole set can show: rule ids unique across files.</summary>
public sealed class PolicySetConfigValidator : AbstractValidator<PolicySetConfig>
{
    public PolicySetConfigValidator()
    {
        RuleForEach(x => x.Files).SetValidator(new PolicyFileConfigValidator());
        RuleFor(x => x).Custom((set, context) =>
        {
            var rules = set.Files.SelectMany(f => f.Rules).Where(r => !string.IsNullOrEmpty(r.Id));
            foreach (var group in rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var first = group.First().Yaml.At("id");
                foreach (var duplicate in group.Skip(1))
                {
                    context.AddFailure(duplicate.Yaml.At("id"), $"duplicate rule id '{group.Key}' (first defined at {first})");
                }
            }
        });
    }
}
