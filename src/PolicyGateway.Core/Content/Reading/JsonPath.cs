namespace PolicyGateway.Content.Reading;

/// <summary>Builds part locations: <c>parent.name</c>, or just <c>name</c> at the root.</summary>
internal static class JsonPath
{
    public static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";
}
