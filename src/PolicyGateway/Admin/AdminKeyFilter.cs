using PolicyGateway.Errors;
using PolicyGateway.Policy;

namespace PolicyGateway.Admin;

/// <summary>
/// Admits requests with an admin key (<c>Authorization: Bearer</c> or <c>x-admin-key</c>). A caller's gateway key gets
/// 403, not 401: it is a valid credential, only not for this; anything else gets 401.
/// </summary>
public sealed partial class AdminKeyFilter(AdminKeys keys, PolicyStore policies, ILogger<AdminKeyFilter> logger) : IEndpointFilter
{
    public const string HeaderName = "x-admin-key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var key = ReadKey(http.Request);
        if (key is null)
        {
            await OpenAIError.WriteAsync(http, StatusCodes.Status401Unauthorized, "authentication_error", "missing_admin_key",
                "The admin API needs an admin key: Authorization: Bearer <key> or x-admin-key.");
            return Results.Empty;
        }
        if (keys.Accepts(key))
        {
            return await next(context);
        }
        if (policies.Current.Callers.FindByKey(key) is { } caller)
        {
            LogCallerKeyRefused(caller.Id);
            await OpenAIError.WriteAsync(http, StatusCodes.Status403Forbidden, "permission_error", "caller_key_not_admin",
                "This is a caller's gateway key; the admin API accepts admin keys only.");
            return Results.Empty;
        }
        LogInvalidKey();
        await OpenAIError.WriteAsync(http, StatusCodes.Status401Unauthorized, "authentication_error", "invalid_admin_key", "The admin key is not valid.");
        return Results.Empty;
    }

    private static string? ReadKey(HttpRequest request)
    {
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } header) return header;
        var authorization = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > Bearer.Length
            ? authorization[Bearer.Length..].Trim()
            : null;
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Admin API refused caller {CallerId}'s gateway key")]
    private partial void LogCallerKeyRefused(string callerId);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "Admin API refused an invalid admin key")]
    private partial void LogInvalidKey();
}
