using System.Text.RegularExpressions;
using FluentValidation;
using PolicyGateway.Policy;
using PolicyGateway.Policy.Configuration;

namespace PolicyGateway.Callers;

public sealed partial class CallerConfigValidator : AbstractValidator<CallerConfig>
{
    public CallerConfigValidator()
    {
        RuleFor(x => x.Yaml).SetValidator(YamlOriginValidator.Instance);
        RuleFor(x => x.Id).NotEmpty()
            .WithMessage("caller id is required")
            .At(x => x.Yaml.Location);
        RuleFor(x => x.Id).Matches(IdPattern())
            .When(x => !string.IsNullOrEmpty(x.Id))
            .WithMessage(x => $"caller id '{x.Id}' must be lower-case letters, digits and '-'")
            .At(x => x.Yaml.At("id"));
        RuleFor(x => x.Name).NotEmpty()
            .WithMessage(x => $"caller '{x.Id}': name is required")
            .At(x => x.Yaml.Location);
        RuleFor(x => x.Sector).Must(s => SnakeCaseNames<Sector>.TryParse(s, out _))
            .WithMessage(x => $"caller '{x.Id}': {(x.Sector is null ? "sector is required" : $"unknown sector '{x.Sector}'")}; known sectors: {string.Join(", ", SnakeCaseNames<Sector>.All)}")
            .At(x => x.Yaml.At("sector"));
        RuleFor(x => x.Country).Must(CountryCodes.IsCountry)
            .WithMessage(x => $"caller '{x.Id}': {(x.Country is null ? "country is required" : $"'{x.Country}' is not an ISO 3166-1 alpha-2 country code")} (upper case, e.g. US, GB)")
            .At(x => x.Yaml.At("country"));
        RuleFor(x => x.Subdivision).Must(CountryCodes.IsSubdivision)
            .When(x => x.Subdivision is not null)
            .WithMessage(x => $"caller '{x.Id}': '{x.Subdivision}' is not an ISO 3166-2 subdivision code (e.g. US-IL)")
            .At(x => x.Yaml.At("subdivision"));
        RuleFor(x => x.Subdivision).Must((caller, s) => s!.StartsWith(caller.Country + "-", StringComparison.Ordinal))
            .When(x => CountryCodes.IsSubdivision(x.Subdivision) && CountryCodes.IsCountry(x.Country))
            .WithMessage(x => $"caller '{x.Id}': subdivision '{x.Subdivision}' is not in country {x.Country}")
            .At(x => x.Yaml.At("subdivision"));
        RuleForEach(x => x.ActsFor).SetValidator(new ActsForConfigValidator());
        RuleFor(x => x.KeySha256).NotEmpty()
            .WithMessage(x => $"caller '{x.Id}': key_sha256 must list the SHA-256 (hex) of at least one gateway key")
            .At(x => x.Yaml.At("key_sha256"));
        RuleForEach(x => x.KeySha256).Custom((hash, context) =>
        {
            if (hash.Text.Length != 64 || !hash.Text.All(Uri.IsHexDigit))
            {
                context.AddFailure(hash.Location, "key_sha256 entries are 64 hex digits: the SHA-256 of the key, never the key itself");
            }
        });
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
