using PolicyGateway.Callers;
using PolicyGateway.Policy;
using PolicyGateway.Intent.Training.Corpus;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// What a corpus entry says each label should be. Writers label six intents; <see cref="IntentLabel.ForUsPolice"/>
/// follows from their caller and decision. For a caller that is not registered as US police or as acting for it (a
/// retailer, a newsroom, police abroad and their vendors), rule 1 can deny facial recognition only when the text puts
/// the work in a US police department's hands, so the writer's "deny" is the label, and "allow" is its absence. Rule 2
/// also denies live mobile-camera work by or for any police: a deny whose written labels describe that case (real
/// time, a mobile camera, in the wild or a watchlist) may not involve the US at all, so it is left unknown. For callers
/// registered as US police or acting for it, rule 1 denies every identification whoever it is for: unknown too, as for
/// entries without a caller. Unknown (null) neither teaches nor scores the label.
/// </summary>
internal static class GoldLabels
{
    public static bool? Of(CorpusEntry entry, IntentLabel label, CallerRegistry? callers)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (label != IntentLabel.ForUsPolice)
        {
            return Written(entry, label);
        }

        if (entry is not { Caller: { } id, Expect: { } expect } || callers?.FindById(id) is not { } caller || ByOrForUsPolice(caller))
        {
            return null;
        }

        return expect != "deny" ? false : RuleTwoCase(entry) ? null : true;
    }

    private static bool ByOrForUsPolice(Caller caller) =>
        caller is { Sector: Sector.LawEnforcement, Country: "US" }
        || caller.ActsFor.Any(a => a.Sector == Sector.LawEnforcement && a.Country == "US");

    private static bool RuleTwoCase(CorpusEntry entry) =>
        Written(entry, IntentLabel.Realtime) && Written(entry, IntentLabel.MobileCamera)
        && (Written(entry, IntentLabel.InTheWild) || Written(entry, IntentLabel.WatchlistMatch));

    private static bool Written(CorpusEntry entry, IntentLabel label) => entry.Labels[SnakeCaseNames<IntentLabel>.Name(label)];
}
