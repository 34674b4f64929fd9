namespace PolicyGateway.Content;

/// <summary>What a request path targets.</summary>
/// <param name="Deployment">The <c>/deployments/{name}</c> segment, when the path has one (v1 and deployment-less paths name the model in the body).</param>
/// <param name="Inspected">Whether the request can carry content the model sees, so its body (or WebSocket events) must be read.</param>
/// <param name="ReadGenerically">
/// A write to a path of a known API that no specific reader claims (<c>/responses/compact</c>, <c>/vector_stores/{id}/search</c>,
/// <c>…/cancel</c>): its body is read as generic strings, because an unclaimed body must never pass unread.
/// </param>
public readonly record struct ApiRoute(ApiKind Kind, string? Deployment, bool Inspected, bool ReadGenerically = false);
