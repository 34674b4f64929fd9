namespace PolicyGateway.Configuration;

/// <summary>The <c>Gateway</c> configuration section.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Directory holding <c>callers.yaml</c> and the policy files.</summary>
    public string PoliciesPath { get; set; } = "policies";

    /// <summary>Azure OpenAI resources to forward to; empty means "start the built-in emulator".</summary>
    public UpstreamOptions Upstream { get; set; } = new();

    public InspectionOptions Inspection { get; set; } = new();
}
