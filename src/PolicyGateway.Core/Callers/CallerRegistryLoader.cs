using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyGateway.Callers;

/// <summary>Loads and validates <c>callers.yaml</c>; any problem is reported as a <see cref="CallerRegistryException"/>.</summary>
public static class CallerRegistryLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static CallerRegistry LoadFile(string path) => Parse(File.ReadAllText(path), path);

    public static CallerRegistry Parse(string yaml, string fileName)
    {
        CallerFile file;
        try
        {
            file = Deserializer.Deserialize<CallerFile>(yaml) ?? new CallerFile();
        }
        catch (YamlException ex)
        {
            throw new CallerRegistryException($"{fileName}:{ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}");
        }

        var errors = new List<string>();
        var callers = new List<Caller>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Callers.Count; i++)
        {
            var e = file.Callers[i];
            var at = $"{fileName}: callers[{i}]";
            if (string.IsNullOrWhiteSpace(e.Id)) { errors.Add($"{at}: id is required"); continue; }
            if (!seen.Add(e.Id)) { errors.Add($"{at}: duplicate caller id '{e.Id}'"); }
            if (!TryParseSector(e.Sector, out var sector)) { errors.Add($"{at} ({e.Id}): unknown sector '{e.Sector}'"); }
            if (!IsCountryCode(e.Country)) { errors.Add($"{at} ({e.Id}): country must be an ISO 3166-1 alpha-2 code, got '{e.Country}'"); }
            if (e.KeySha256.Count == 0 || e.KeySha256.Any(h => h.Length != 64 || !h.All(Uri.IsHexDigit)))
            {
                errors.Add($"{at} ({e.Id}): key_sha256 must list one or more 64-digit hex SHA-256 hashes");
            }
            var actsFor = new List<ActsFor>();
            foreach (var a in e.ActsFor)
            {
                if (!TryParseSector(a.Sector, out var s) || !IsCountryCode(a.Country))
                {
                    errors.Add($"{at} ({e.Id}): acts_for entries need a known sector and an ISO country code");
                    continue;
                }
                actsFor.Add(new ActsFor(s, a.Country!));
            }
            callers.Add(new Caller(e.Id, e.Name ?? e.Id, e.Organization ?? e.Name ?? e.Id, sector, e.Country ?? "",
                e.Subdivision, actsFor, e.KeySha256.Select(h => h.ToLowerInvariant()).ToList()));
        }

        if (errors.Count > 0)
        {
            throw new CallerRegistryException(string.Join(Environment.NewLine, errors));
        }
        return new CallerRegistry(callers);
    }

    internal static bool TryParseSector(string? value, out Sector sector)
    {
        sector = default;
        if (string.IsNullOrEmpty(value)) return false;
        var pascal = string.Concat(value.Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        return Enum.TryParse(pascal, ignoreCase: false, out sector) && Enum.IsDefined(sector);
    }

    internal static bool IsCountryCode(string? value) =>
        value is { Length: 2 } && value.All(char.IsAsciiLetterUpper) && IsKnownRegion(value);

    private static bool IsKnownRegion(string code)
    {
        try { _ = new RegionInfo(code); return true; }
        catch (ArgumentException) { return false; }
    }
}
