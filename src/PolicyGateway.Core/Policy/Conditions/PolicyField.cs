using PolicyGateway.Intent;

namespace PolicyGateway.Policy.Conditions;

/// <summary>A field a condition can test; <see cref="Label"/> is set for <c>intent.*</c> fields.</summary>
public sealed record PolicyField(string Name, FieldType Type, IntentLabel? Label = null);
