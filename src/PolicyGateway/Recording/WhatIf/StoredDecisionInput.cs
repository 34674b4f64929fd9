using PolicyGateway.Callers;
using PolicyGateway.Content;
using PolicyGateway.Intent;
using PolicyGateway.Policy;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording.WhatIf;

/// <summary>
/// Rebuilds a rule's input from a stored record alone: the caller's attributes as they were recorded and the intent
/// confidences. No prompt is needed, or kept. Evidence is not part of a rule's input, so none is rebuilt.
/// </summary>
public static class StoredDecisionInput
{
    public static PolicyInput From(DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var caller = new Caller(
            record.CallerId,
            record.CallerId,
            record.Organization,
            ParseSector(record.Sector),
            record.Country,
            record.Subdivision,
            record.ActsFor.Select(ParseActsFor).ToList(),
            []);
        var intents = new IntentResult(Enum.GetValues<IntentLabel>()
            .Select(label => new IntentScore(label, record.Intents.GetValueOrDefault(SnakeCaseNames<IntentLabel>.Name(label)), [])));
        var api = Enum.TryParse<ApiKind>(record.Api, out var kind) ? kind : ApiKind.Other;
        return new PolicyInput(caller, api, record.Deployment, intents);
    }

    private static ActsFor ParseActsFor(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return new ActsFor(ParseSector(value[..slash]), value[(slash + 1)..]);
    }

    private static Sector ParseSector(string name) => SnakeCaseNames<Sector>.TryParse(name, out var sector) ? sector : Sector.Other;
}
