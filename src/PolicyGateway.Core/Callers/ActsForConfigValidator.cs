using FluentValidation;
using PolicyGateway.Policy;
using PolicyGateway.Policy.Configuration;

namespace PolicyGateway.Callers;

public sealed class ActsForConfigValidator : AbstractValidator<ActsForConfig>
{
    public ActsForConfigValidator()
    {
        RuleFor(x => x.Yaml).SetValidator(YamlOriginValidator.Instance);
        RuleFor(x => x.Sector).Must(s => SnakeCaseNames<Sector>.TryParse(s, out _))
            .WithMessage(x => $"acts_for: {(x.Sector is null ? "sector is required" : $"unknown sector '{x.Sector}'")}; known sectors: {string.Join(", ", SnakeCaseNames<Sector>.All)}")
            .At(x => x.Yaml.At("sector"));
        RuleFor(x => x.Country).Must(CountryCodes.IsCountry)
            .WithMessage(x => $"acts_for: {(x.Country is null ? "country is required" : $"'{x.Country}' is not an ISO 3166-1 alpha-2 country code")} (upper case, e.g. US, FR)")
            .At(x => x.Yaml.At("country"));
    }
}
