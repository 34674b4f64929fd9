using FluentValidation;
using FluentValidation.Results;
using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Configuration;

/// <summary>Carries a <see cref="SourceLocation"/> through FluentValidation as custom state, so every failure names file and line.</summary>
internal static class LocatedValidation
{
    public static IRuleBuilderOptions<T, TProperty> At<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, Func<T, SourceLocation> location) =>
        rule.WithState(x => location(x));

    public static void AddFailure<T>(this ValidationContext<T> context, SourceLocation location, string message) =>
        context.AddFailure(new ValidationFailure(context.PropertyPath, message) { CustomState = location });

    /// <summary>The failures as <see cref="PolicyError"/>s; a rule that forgot its location is reported at <paramref name="fallback"/> rather than lost.</summary>
    public static IEnumerable<PolicyError> ToPolicyErrors(this ValidationResult result, SourceLocation fallback) =>
        result.Errors.Select(f => new PolicyError(f.CustomState as SourceLocation? ?? fallback, f.ErrorMessage));
}
