using PolicyGateway.Callers;
using PolicyGateway.Policy;
using PolicyGateway.Intent.Training.Corpus;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// What a corpus entry says each label should be. Writers label six intents; <see cref="IntentLabel.ForUsPolice"/>
/// follows from their caller and decision: for a caller that neither is law enforcement nor acts for it, the two rules
/// can only forbid facial recognition done for a US police department, so the writer's "deny" is that label. For the
/// other callers, and entries without a caller, it is unknown (null): such entries neither teach nor score it.
/// </summary>
internal static class GoldLabels
{
    public static bool? Of(CorpusEntry entry, IntentLabel label, CallerRegistry? callers)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (label != IntentLabel.ForUsPolice)
        {
            return entry.Labels[SnakeCaseNames<IntentLabel>.Name(label)];
        }

        return entry is { Caller: { } id, Expect: { } expect } && callers?.FindById(id) is { } caller && !ActsForPolice(caller)
            ? expect == "deny"
            : null;
    }

    private static bool ActsForPolice(Caller caller) =>
        caller.Sector == Sector.LawEnforcement || caller.ActsFor.Any(a => a.Sector == Sector.LawEnforcement);
}
