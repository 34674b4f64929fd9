using PolicyGateway.Content;
using PolicyGateway.Intent.Normalization;

namespace PolicyGateway.Intent;

/// <summary>One piece of normalised text: a content part, or a payload decoded from one.</summary>
/// <param name="Role">The conversation role of the part it came from (<c>system</c>, <c>user</c>, …), when it has one.</param>
/// <param name="Part">Index of the content part it came from, so later stages know which turn is the newest.</param>
internal sealed record Segment(string Location, ContentKind Kind, string? Role, int Part, ReadOnlyMemory<char> Text, Evasion Evasion);
