using System.Text.RegularExpressions;
using FluentValidation;
using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Configuration;

public sealed partial class RuleConfigValidator : AbstractValidator<RuleConfig>
{
    public RuleConfigValidator()
    {
        RuleFor(x => x.Yaml).SetValidator(YamlOriginValidator.Instance);
        RuleFor(x => x.Id).NotEmpty()
            .WithMessage("rule id is required")
            .At(x => x.Yaml.Location);
        RuleFor(x => x.Id).Matches(IdPattern())
            .When(x => !string.IsNullOrEmpty(x.Id))
            .WithMessage(x => $"rule id '{x.Id}' must be lower-case words joined by '-', e.g. us-police-facial-recognition")
            .At(x => x.Yaml.At("id"));
        RuleFor(x => x.Title).NotEmpty()
            .WithMessage(x => $"rule '{x.Id}': title is required")
            .At(x => x.Yaml.At("title"));
        RuleFor(x => x.Source).NotNull()
            .WithMessage(x => $"rule '{x.Id}': source is required (document, quote and link of the rule it enforces)")
            .At(x => x.Yaml.Location);
        RuleFor(x => x.Source!).SetValidator(new SourceConfigValidator()).When(x => x.Source is not null);
        RuleFor(x => x.When).NotNull()
            .When(x => !x.Yaml.Keys.ContainsKey("when")) // present but malformed: the reader has said why
            .WithMessage(x => $"rule '{x.Id}': 'when' is required; a rule without conditions would match every request")
            .At(x => x.Yaml.Location);
        RuleFor(x => x.When!).SetValidator(new ConditionConfigValidator()).When(x => x.When is not null);
        RuleFor(x => x.Effect).Must(e => e is "deny" or "allow")
            .WithMessage(x => $"rule '{x.Id}': effect must be 'deny' or 'allow'{(x.Effect is null ? "" : $", not '{x.Effect}'")}")
            .At(x => x.Yaml.At("effect"));
        RuleFor(x => x.Mode).Must(m => m is "enforce" or "shadow")
            .WithMessage(x => $"rule '{x.Id}': mode must be 'enforce' or 'shadow'{(x.Mode is null ? "" : $", not '{x.Mode}'")}")
            .At(x => x.Yaml.At("mode"));
        RuleFor(x => x.Message).NotEmpty()
            .When(x => x.Effect == "deny")
            .WithMessage(x => $"rule '{x.Id}': message is required for a deny rule; it is what the blocked caller reads")
            .At(x => x.Yaml.At("message"));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
