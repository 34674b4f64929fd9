namespace PolicyGateway.Configuration;

/// <summary>The <c>Gateway</c> configuration section.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Directory holding <c>callers.yaml</c> and the policy files.</summary>
    public string PoliciesPath { get; set; } = "policies";

    /// <summary>
    /// Demo mode: with no endpoint the built-in emulator is the upstream, and the demo callers (published keys) are
    /// accepted. On only in the Development environment (<c>dotnet run</c> from the repository); off everywhere else.
    /// </summary>
    public bool Demo { get; set; }

    /// <summary>The demo caller registry, read only in demo mode; relative paths are taken inside <see cref="PoliciesPath"/>.</summary>
    public string DemoCallersPath { get; set; } = DefaultDemoCallersPath;

    public const string DefaultDemoCallersPath = "demo/callers.yaml";

    /// <summary>Azure OpenAI resources to forward to; empty is allowed only in demo mode (the built-in emulator).</summary>
    public UpstreamOptions Upstream { get; set; } = new();

    public InspectionOptions Inspection { get; set; } = new();
}
