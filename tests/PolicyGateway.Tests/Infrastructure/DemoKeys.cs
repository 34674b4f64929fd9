namespace PolicyGateway.Tests.Infrastructure;

/// <summary>The documented demo keys of policies/callers.yaml ("pgw-" + caller id).</summary>
public static class DemoKeys
{
    public const string UsRetail = "pgw-demo-us-retail";
    public const string UsPolice = "pgw-demo-us-police";
    public const string UkPolice = "pgw-demo-uk-police";
    public const string UsNewsroom = "pgw-demo-us-newsroom";
}
