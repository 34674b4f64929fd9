using FluentValidation;
using Microsoft.Extensions.Options;

namespace PolicyGateway.Telemetry;

/// <summary>Runs a FluentValidation validator as <see cref="IValidateOptions{TOptions}"/>, so <c>ValidateOnStart</c> uses it.</summary>
public sealed class FluentOptionsValidation<TOptions>(IValidator<TOptions> validator) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = validator.Validate(options);
        return result.IsValid ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(result.Errors.Select(e => e.ErrorMessage));
    }
}
