using System.Globalization;
using FluentValidation;
using PolicyGateway.Callers;
using PolicyGateway.Content;
using PolicyGateway.Policy.Conditions;
using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Configuration;

/// <summary>Checks a condition tree against the closed vocabulary: known fields, operators that fit them, valid operands.</summary>
public sealed class ConditionConfigValidator : AbstractValidator<ConditionConfig>
{
    public ConditionConfigValidator()
    {
        RuleFor(x => x.Yaml).SetValidator(YamlOriginValidator.Instance);
        RuleFor(x => x.Kind).NotEqual(ConditionKind.Empty)
            .WithMessage("empty condition: write one of all, any, not, field, acts_for (a rule without conditions would match every request)")
            .At(x => x.Yaml.Location);
        RuleFor(x => x.Children).NotEmpty()
            .When(x => x.Kind is ConditionKind.All or ConditionKind.Any or ConditionKind.Not)
            .WithMessage(x => $"'{SnakeCaseNames<ConditionKind>.Name(x.Kind)}' needs at least one condition")
            .At(x => x.Yaml.Location);
        RuleForEach(x => x.Children).SetValidator(this);
        RuleFor(x => x.ActsFor).NotNull()
            .When(x => x.Kind == ConditionKind.ActsFor)
            .WithMessage("acts_for needs 'sector', 'country' or both, e.g. acts_for: { sector: law_enforcement, country: US }")
            .At(x => x.Yaml.Location);
        RuleFor(x => x.ActsFor!).SetValidator(new ActsForConditionConfigValidator()).When(x => x.ActsFor is not null);
        RuleFor(x => x).Custom(ValidateField).When(x => x.Kind == ConditionKind.Field);
    }

    private static void ValidateField(ConditionConfig condition, ValidationContext<ConditionConfig> context)
    {
        var at = condition.Yaml.At("field");
        if (!PolicyFields.TryGet(condition.Field, out var field))
        {
            context.AddFailure(at, condition.Field is null
                ? "a 'field' condition needs the field to test, e.g. field: caller.country"
                : $"unknown field '{condition.Field}'; known fields: {string.Join(", ", PolicyFields.Names)}");
            return;
        }
        if (!ComparisonOperators.TryParse(condition.Operator, out var op))
        {
            return; // the reader already reported a missing or doubled operator
        }
        var opAt = condition.Yaml.At(condition.Operator!);
        if (field.Type == FieldType.Confidence != ComparisonOperators.IsThreshold(op))
        {
            var fitting = field.Type == FieldType.Confidence ? ComparisonOperators.ThresholdNames : ComparisonOperators.TextNames;
            context.AddFailure(opAt, $"'{condition.Operator}' does not apply to {field.Name}; use one of: {string.Join(", ", fitting)}");
            return;
        }
        if (condition.Operands.Count == 0)
        {
            context.AddFailure(opAt, $"'{condition.Operator}' needs {(ComparisonOperators.TakesList(condition.Operator!) ? "a non-empty list" : "a value")}");
        }
        foreach (var operand in condition.Operands)
        {
            if (OperandProblem(field, operand.Text) is { } problem)
            {
                context.AddFailure(operand.Location, problem);
            }
        }
    }

    private static string? OperandProblem(PolicyField field, string value) => field.Type switch
    {
        FieldType.Sector when !SnakeCaseNames<Sector>.TryParse(value, out _) =>
            $"unknown sector '{value}'; known sectors: {string.Join(", ", SnakeCaseNames<Sector>.All)}",
        FieldType.Country when !CountryCodes.IsCountry(value) =>
            $"'{value}' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. US, GB, FR)",
        FieldType.Subdivision when !CountryCodes.IsSubdivision(value) =>
            $"'{value}' is not an ISO 3166-2 subdivision code (e.g. US-IL, DE-BY)",
        FieldType.Api when !SnakeCaseNames<ApiKind>.TryParse(value, out _) =>
            $"unknown api '{value}'; known apis: {string.Join(", ", SnakeCaseNames<ApiKind>.All)}",
        FieldType.Confidence when !IsConfidence(value) =>
            $"threshold '{value}' for {field.Name} must be a number from 0 to 1",
        FieldType.Text when string.IsNullOrEmpty(value) => $"{field.Name} needs a non-empty value",
        _ => null,
    };

    private static bool IsConfidence(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 1;
}
