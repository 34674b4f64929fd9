using FluentValidation;

namespace PolicyGateway.Decisions;

public sealed class DecisionEngineOptionsValidator : AbstractValidator<DecisionEngineOptions>
{
    public DecisionEngineOptionsValidator()
    {
        RuleFor(x => x.Budget).InclusiveBetween(TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30))
            .WithMessage("Budget must be between 1 ms and 30 s");
        RuleFor(x => x.RealtimeHistoryParts).InclusiveBetween(0, 10_000);
        RuleFor(x => x.RealtimeHistoryChars).InclusiveBetween(0, 1024 * 1024);
        RuleFor(x => x.ContentLimits).NotNull();
    }
}
