using FluentValidation;
using Microsoft.Extensions.Options;
using PolicyGateway.Configuration;

namespace PolicyGateway.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>Admin keys (options validated on start) and the admin API's key filter.</summary>
    public static IServiceCollection AddAdminApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidator<AdminOptions>, AdminOptionsValidator>();
        services.AddSingleton<IValidateOptions<AdminOptions>, FluentOptionsValidator<AdminOptions>>();
        services.AddSingleton<AdminKeys>();
        services.AddSingleton<AdminKeyFilter>();
        return services;
    }
}
