using FluentValidation;

namespace PolicyGateway.Admin;

public sealed class AdminOptionsValidator : AbstractValidator<AdminOptions>
{
    public AdminOptionsValidator()
    {
        RuleForEach(o => o.KeySha256).Must(h => h.Length == 64 && h.All(Uri.IsHexDigit))
            .WithMessage("Gateway:Admin:KeySha256 entries are 64 hex digits: the SHA-256 of an admin key, never the key itself.");
    }
}
