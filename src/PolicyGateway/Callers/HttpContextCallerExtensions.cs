namespace PolicyGateway.Callers;

public static class HttpContextCallerExtensions
{
    public static Caller? GetCaller(this HttpContext context) => context.Features.Get<CallerFeature>()?.Caller;
}
