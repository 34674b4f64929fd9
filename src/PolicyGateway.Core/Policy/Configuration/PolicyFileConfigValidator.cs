using FluentValidation;

namespace PolicyGateway.Policy.Configuration;

public sealed class PolicyFileConfigValidator : AbstractValidator<PolicyFileConfig>
{
    public PolicyFileConfigValidator()
    {
        RuleFor(x => x.Yaml).SetValidator(YamlOriginValidator.Instance);
        RuleFor(x => x.Rules).NotEmpty()
            .WithMessage("the file defines no rules; expected 'rules:' with a list of rules")
            .At(x => x.Yaml.Location);
        RuleForEach(x => x.Rules).SetValidator(new RuleConfigValidator());
    }
}
