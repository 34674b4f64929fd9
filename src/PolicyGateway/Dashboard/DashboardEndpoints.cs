namespace PolicyGateway.Dashboard;

/// <summary>
/// <c>/dashboard</c>: the operations dashboard. The page and its script are public (they hold no data); every figure
/// they show comes from the admin API with the admin key the operator signs in with.
/// </summary>
public static class DashboardEndpoints
{
    public const string Path = "/dashboard";

    /// <summary>
    /// Scripts, styles and connections from this origin only, no inline script or style, no framing, no plugins: even
    /// if a recorded excerpt carried markup, the page could not run it.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Path, (HttpContext context) => ServeAsync(context, "index.html"));
        endpoints.MapGet(Path + "/{file}", (HttpContext context, string file) => ServeAsync(context, file));
        return endpoints;
    }

    private static async Task ServeAsync(HttpContext context, string file)
    {
        var response = context.Response;
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        // Served with the gateway's build: a new gateway must not run an old cached script against its API.
        headers.CacheControl = "no-cache";
        if (DashboardAssets.Find(file) is not { } asset)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("Not found.");
            return;
        }
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        await response.Body.WriteAsync(asset.Content, context.RequestAborted);
    }
}
