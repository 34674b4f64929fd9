namespace PolicyGateway.Callers;

/// <summary>The sector a caller belongs to or acts for; spelled in snake_case in YAML.</summary>
public enum Sector
{
    LawEnforcement,
    Government,
    Commercial,
    Media,
    Education,
    Healthcare,
    Other,
}
