namespace PolicyGateway.Callers;

/// <summary>The YAML shape of <c>policies/callers.yaml</c>.</summary>
internal sealed class CallerFile
{
    public List<CallerEntry> Callers { get; set; } = [];

    internal sealed class CallerEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Organization { get; set; }
        public string? Sector { get; set; }
        public string? Country { get; set; }
        public string? Subdivision { get; set; }
        public List<ActsForEntry> ActsFor { get; set; } = [];
        public List<string> KeySha256 { get; set; } = [];
    }

    internal sealed class ActsForEntry
    {
        public string? Sector { get; set; }
        public string? Country { get; set; }
    }
}
