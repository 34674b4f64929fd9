using PolicyGateway.Callers;

namespace PolicyGateway.Core.Tests.Policy;

internal static class TestCallers
{
    public static Caller Make(Sector sector, string country, string? subdivision = null, params ActsFor[] actsFor) =>
        new($"test-{sector}-{country}".ToLowerInvariant(), "Test", "Test Org", sector, country, subdivision, actsFor, []);

    public static Caller UsPolice { get; } = Make(Sector.LawEnforcement, "US", "US-IL");

    public static Caller FrPolice { get; } = Make(Sector.LawEnforcement, "FR");

    public static Caller UsRetail { get; } = Make(Sector.Commercial, "US");

    public static Caller NlRetail { get; } = Make(Sector.Commercial, "NL");

    public static Caller UsVendorForUsPolice { get; } = Make(Sector.Commercial, "US", null, new ActsFor(Sector.LawEnforcement, "US"));

    public static Caller NlVendorForFrPolice { get; } = Make(Sector.Commercial, "NL", null, new ActsFor(Sector.LawEnforcement, "FR"));
}
