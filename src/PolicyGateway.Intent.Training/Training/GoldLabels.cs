using PolicyGateway.Callers;
using PolicyGateway.Policy;
using PolicyGateway.Intent.Training.Corpus;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// What a corpus entry says each label should be. Writers label six intents; <see cref="IntentLabel.ForUsPolice"/>
/// follows from their caller and decision: for a caller that neither is law enforcement nor acts for it, a writer's
/// "deny" says the text puts the work in a police department's hands. Rule 1 makes that a US department; only when the
/// writer's own labels also describe rule 2's case (real time, a mobile camera, in the wild or a watchlist: police
/// anywhere) can the department be foreign, so such a deny is left unknown. For the other callers, and entries
/// without a caller, the label is unknown too (null): such entries neither teach nor score it.
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

        if (entry is not { Caller: { } id, Expect: { } expect } || callers?.FindById(id) is not { } caller || ActsForPolice(caller))
        {
            return null;
        }

        return expect != "deny" ? false : RuleTwoCase(entry) ? null : true;
    }

    private static bool ActsForPolice(Caller caller) =>
        caller.Sector == Sector.LawEnforcement || caller.ActsFor.Any(a => a.Sector == Sector.LawEnforcement);

    private static bool RuleTwoCase(CorpusEntry entry) =>
        entry.Labels["realtime"] && entry.Labels["mobile_camera"] && (entry.Labels["in_the_wild"] || entry.Labels["watchlist_match"]);
}
