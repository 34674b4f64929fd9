using FluentValidation;
using PolicyGateway.Callers;

namespace PolicyGateway.Policy.Configuration;

public sealed class ActsForConditionConfigValidator : AbstractValidator<ActsForConditionConfig>
{
    public ActsForConditionConfigValidator()
    {
        RuleFor(x => x.Yaml).SetValidator(YamlOriginValidator.Instance);
        RuleFor(x => x).Must(x => x.Sectors.Count + x.Countries.Count > 0)
            .WithMessage("acts_for needs 'sector', 'country' or both, e.g. acts_for: { sector: law_enforcement, country: US }")
            .At(x => x.Yaml.Location);
        RuleForEach(x => x.Sectors).Custom((value, context) =>
        {
            if (!SnakeCaseNames<Sector>.TryParse(value.Text, out _))
            {
                context.AddFailure(value.Location, $"unknown sector '{value.Text}'; known sectors: {string.Join(", ", SnakeCaseNames<Sector>.All)}");
            }
        });
        RuleForEach(x => x.Countries).Custom((value, context) =>
        {
            if (!CountryCodes.IsCountry(value.Text))
            {
                context.AddFailure(value.Location, $"'{value.Text}' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. US, GB, FR)");
            }
        });
    }
}
