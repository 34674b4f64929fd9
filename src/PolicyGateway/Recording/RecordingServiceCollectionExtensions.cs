using System.Diagnostics.Metrics;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyGateway.Configuration;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording;

public static class RecordingServiceCollectionExtensions
{
    /// <summary>The durable decision record: options (validated on start), the store, the spool, the journal and retention.</summary>
    public static IServiceCollection AddDecisionRecording(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RecordingOptions>().Bind(configuration.GetSection(RecordingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidator<RecordingOptions>, RecordingOptionsValidator>();
        services.AddSingleton<IValidateOptions<RecordingOptions>, FluentOptionsValidator<RecordingOptions>>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IDecisionStore>(sp => DecisionStoreFactory.Create(sp.GetRequiredService<IOptions<RecordingOptions>>().Value));
        services.AddSingleton(sp => new DecisionSpool(sp.GetRequiredService<IOptions<RecordingOptions>>().Value.ResolvedSpoolPath,
            sp.GetRequiredService<IMeterFactory>()));
        services.AddSingleton<DecisionFeed>();
        services.AddSingleton<DecisionJournal>();
        services.AddSingleton<IDecisionJournal>(sp => sp.GetRequiredService<DecisionJournal>());
        // Registered as a lifecycle service so the store is migrated and the spool replayed before Kestrel serves.
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<DecisionJournal>());
        services.AddHostedService<RetentionService>();
        return services;
    }
}
