namespace PolicyGateway.Content;

/// <summary>Everything a request carries for the model, plus any nested requests (batch JSONL lines).</summary>
public sealed record RequestContent(
    ApiKind Api,
    IReadOnlyList<ContentPart> Parts,
    IReadOnlyList<RequestContent> Nested)
{
    public static RequestContent Empty(ApiKind api) => new(api, [], []);
}
