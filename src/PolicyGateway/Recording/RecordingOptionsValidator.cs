using FluentValidation;

namespace PolicyGateway.Recording;

public sealed class RecordingOptionsValidator : AbstractValidator<RecordingOptions>
{
    public RecordingOptionsValidator()
    {
        RuleFor(o => o.Instance).NotEmpty().Matches("^[A-Za-z0-9._-]{1,64}$")
            .WithMessage("Gateway:Recording:Instance must be 1–64 letters, digits, '.', '_' or '-'.");
        RuleFor(o => o.AllowedSampleRate).InclusiveBetween(0.0, 1.0)
            .WithMessage("Gateway:Recording:AllowedSampleRate must be between 0 and 1.");
        RuleFor(o => o.QueueCapacity).InclusiveBetween(1, 10_000_000)
            .WithMessage("Gateway:Recording:QueueCapacity must be between 1 and 10,000,000.");
        RuleFor(o => o.BatchSize).InclusiveBetween(1, 10_000)
            .WithMessage("Gateway:Recording:BatchSize must be between 1 and 10,000.");
        RuleFor(o => o.BatchWindow).InclusiveBetween(TimeSpan.Zero, TimeSpan.FromSeconds(1))
            .WithMessage("Gateway:Recording:BatchWindow must be between zero and one second.");
        RuleFor(o => o.ReplayInterval).GreaterThan(TimeSpan.Zero)
            .WithMessage("Gateway:Recording:ReplayInterval must be positive.");
        RuleFor(o => o.Retention).GreaterThanOrEqualTo(TimeSpan.Zero)
            .WithMessage("Gateway:Recording:Retention must be zero (keep everything) or positive.");
        RuleFor(o => o.RetentionInterval).GreaterThan(TimeSpan.Zero)
            .WithMessage("Gateway:Recording:RetentionInterval must be positive.");
        RuleFor(o => o.DataDirectory).NotEmpty()
            .WithMessage("Gateway:Recording:DataDirectory must name a directory.");
        RuleFor(o => o.ConnectionString).Must(Store.DecisionStoreFactory.IsSupported)
            .When(o => !string.IsNullOrWhiteSpace(o.ConnectionString))
            .WithMessage("Gateway:Recording:ConnectionString must be a PostgreSQL (Host=…) or SQLite (Data Source=…) connection string.");
    }
}
