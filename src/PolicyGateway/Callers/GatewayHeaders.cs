using Microsoft.AspNetCore.Http;

namespace PolicyGateway.Callers;

/// <summary>Headers the gateway itself sets; a client must never be able to supply them.</summary>
public static class GatewayHeaders
{
    public const string DecisionId = "x-policy-decision-id";

    /// <summary>Every header the gateway owns starts with one of these.</summary>
    private static readonly string[] OwnedPrefixes = ["x-policy-", "x-policygateway-"];

    public static void StripClaimed(IHeaderDictionary headers)
    {
        List<string>? claimed = null;
        foreach (var name in headers.Keys)
        {
            if (IsOwned(name))
            {
                (claimed ??= []).Add(name);
            }
        }
        claimed?.ForEach(n => headers.Remove(n));
    }

    public static bool IsOwned(string name)
    {
        foreach (var prefix in OwnedPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
