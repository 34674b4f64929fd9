namespace PolicyGateway.Content;

/// <summary>What a request path targets.</summary>
/// <param name="Deployment">The <c>/deployments/{name}</c> segment, when the path has one (v1 and deployment-less paths name the model in the body).</param>
/// <param name="Inspected">Whether the request can carry content the model sees, so its body (or WebSocket events) must be read.</param>
public readonly record struct ApiRoute(ApiKind Kind, string? Deployment, bool Inspected);
