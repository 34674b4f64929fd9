using FluentValidation;
using PolicyGateway.Policy.Configuration;

namespace PolicyGateway.Policy.Testing;

/// <summary>A test must name a registered caller, a request path and an expectation that only mentions existing rules.</summary>
public sealed class PolicyTestCaseConfigValidator : AbstractValidator<PolicyTestCaseConfig>
{
    public PolicyTestCaseConfigValidator(PolicySnapshot snapshot)
    {
        RuleFor(x => x.Yaml).SetValidator(YamlOriginValidator.Instance);
        RuleFor(x => x.RequestYaml!).SetValidator(YamlOriginValidator.Instance).When(x => x.RequestYaml is not null);
        RuleFor(x => x.ExpectYaml!).SetValidator(YamlOriginValidator.Instance).When(x => x.ExpectYaml is not null);
        RuleFor(x => x.Name).NotEmpty().WithMessage("test name is required").At(x => x.Yaml.Location);
        RuleFor(x => x.Caller).Must(id => id is not null && snapshot.Callers.FindById(id) is not null)
            .WithMessage(x => $"test '{x.Name}': {(x.Caller is null ? "caller is required" : $"unknown caller '{x.Caller}'")}; callers: {string.Join(", ", snapshot.Callers.Callers.Select(c => c.Id))}")
            .At(x => x.Yaml.At("caller"));
        RuleFor(x => x.RequestYaml).NotNull()
            .WithMessage(x => $"test '{x.Name}': request is required (path and body)")
            .At(x => x.Yaml.Location);
        RuleFor(x => x.Path).Must(p => p is not null && p.StartsWith('/'))
            .When(x => x.RequestYaml is not null)
            .WithMessage(x => $"test '{x.Name}': request.path is required and starts with '/', e.g. /openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21")
            .At(x => x.RequestYaml!.At("path"));
        RuleFor(x => x.BodyFields).Must(f => f.Count <= 1)
            .WithMessage(x => $"test '{x.Name}': give one of body, body_text, body_base64, not {string.Join(" and ", x.BodyFields)}")
            .At(x => x.RequestYaml!.At(x.BodyFields[1]));
        RuleFor(x => x.BodyBase64).Must(b => b is null || IsBase64(b))
            .WithMessage(x => $"test '{x.Name}': body_base64 is not valid base64")
            .At(x => x.RequestYaml!.At("body_base64"));
        RuleFor(x => x.ExpectYaml).NotNull()
            .WithMessage(x => $"test '{x.Name}': expect is required (action, rules)")
            .At(x => x.Yaml.Location);
        RuleFor(x => x.Action).Must(a => a is "allow" or "deny" or "reject")
            .When(x => x.ExpectYaml is not null)
            .WithMessage(x => $"test '{x.Name}': expect.action must be allow, deny or reject{(x.Action is null ? "" : $", not '{x.Action}'")}")
            .At(x => x.ExpectYaml!.At("action"));
        RuleForEach(x => x.MentionedRules).Custom((rule, context) =>
        {
            if (snapshot.Policies.Find(rule.Text) is null)
            {
                context.AddFailure(rule.Location, $"no rule has the id '{rule.Text}'; rules: {string.Join(", ", snapshot.Policies.Rules.Select(r => r.Id))}");
            }
        });
    }

    private static bool IsBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out _);
    }
}
