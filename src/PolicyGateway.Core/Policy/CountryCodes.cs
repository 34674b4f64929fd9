using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyGateway.Policy;

/// <summary>ISO 3166 checks for countries (alpha-2, upper case) and subdivisions (e.g. <c>US-IL</c>).</summary>
public static partial class CountryCodes
{
    public static bool IsCountry(string? value) =>
        value is { Length: 2 } && value.All(char.IsAsciiLetterUpper) && IsKnownRegion(value);

    /// <summary>A subdivision code's country part must be a real country; the part after the dash is only checked for shape.</summary>
    public static bool IsSubdivision(string? value) =>
        value is not null && SubdivisionPattern().IsMatch(value) && IsCountry(value[..2]);

    private static bool IsKnownRegion(string code)
    {
        try
        {
            // RegionInfo also accepts a few three-letter and numeric forms, hence the shape check above.
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex SubdivisionPattern();
}
