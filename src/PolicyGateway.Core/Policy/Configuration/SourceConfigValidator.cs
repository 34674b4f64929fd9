using FluentValidation;

namespace PolicyGateway.Policy.Configuration;

/// <summary>A rule must cite what it enforces: the document by name and the words quoted from it.</summary>
public sealed class SourceConfigValidator : AbstractValidator<SourceConfig>
{
    public SourceConfigValidator()
    {
        RuleFor(x => x.Yaml).SetValidator(YamlOriginValidator.Instance);
        RuleFor(x => x.Document).NotEmpty()
            .WithMessage("source.document is required: name the document the rule enforces")
            .At(x => x.Yaml.At("document"));
        RuleFor(x => x.Quote).NotEmpty()
            .WithMessage("source.quote is required: quote the words of the document the rule enforces")
            .At(x => x.Yaml.At("quote"));
        RuleFor(x => x.Link)
            .Must(link => Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            .When(x => x.Link is not null)
            .WithMessage(x => $"source.link '{x.Link}' is not an absolute http(s) URL")
            .At(x => x.Yaml.At("link"));
    }
}
