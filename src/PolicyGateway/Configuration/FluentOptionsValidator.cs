using FluentValidation;
using Microsoft.Extensions.Options;

namespace PolicyGateway.Configuration;

/// <summary>Runs a FluentValidation validator as options validation, so <c>ValidateOnStart</c> stops start-up with its messages.</summary>
public sealed class FluentOptionsValidator<TOptions>(IValidator<TOptions> validator) : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = validator.Validate(options);
        return result.IsValid ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(result.Errors.Select(e => e.ErrorMessage));
    }
}
