using PolicyGateway.Errors;

namespace PolicyGateway.Callers;

/// <summary>
/// Resolves the caller from its gateway key and refuses unknown or missing keys with 401 before anything is forwarded.
/// Also drops request headers a client could use to claim an identity or a decision.
/// </summary>
public sealed class CallerAuthenticationMiddleware(RequestDelegate next, ICallerRegistrySource registry)
{
    public Task InvokeAsync(HttpContext context)
    {
        GatewayHeaders.StripClaimed(context.Request.Headers);

        var key = CallerKeyReader.Read(context.Request);
        if (key.Length == 0)
        {
            return OpenAIError.WriteAsync(context, StatusCodes.Status401Unauthorized, "invalid_request_error", "missing_api_key",
                "No gateway API key provided. Send your PolicyGateway key in the 'api-key' header (Azure SDKs) or as 'Authorization: Bearer <key>' (OpenAI SDKs).");
        }

        var caller = registry.Current.FindByKey(key.AsSpan());
        if (caller is null)
        {
            return OpenAIError.WriteAsync(context, StatusCodes.Status401Unauthorized, "invalid_request_error", "invalid_api_key",
                "Incorrect gateway API key provided. Ask your PolicyGateway operator for a key registered in callers.yaml.");
        }

        context.Features.Set(new CallerFeature(caller));
        return next(context);
    }
}
