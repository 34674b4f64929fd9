using PolicyGateway.Content;
using PolicyGateway.Intent.Normalization;

namespace PolicyGateway.Intent;

/// <summary>One piece of normalised text: a content part, or a payload decoded from one.</summary>
internal sealed record Segment(string Location, ContentKind Kind, ReadOnlyMemory<char> Text, Evasion Evasion);
