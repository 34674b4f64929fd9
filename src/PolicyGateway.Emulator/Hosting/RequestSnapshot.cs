using Microsoft.AspNetCore.Http.Features;

namespace PolicyGateway.Emulator.Hosting;

/// <summary>Copies of request parts that outlive the request, for the recorder.</summary>
internal static class RequestSnapshot
{
    // The raw target is what the client actually sent, before any decoding, which is what proxy tests need to compare.
    public static string RawTarget(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return string.IsNullOrEmpty(raw) ? context.Request.Path + context.Request.QueryString : raw;
    }

    public static Dictionary<string, string> CopyHeaders(IHeaderDictionary source)
    {
        var copy = new Dictionary<string, string>(source.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in source)
        {
            copy[name] = values.Count == 1 ? values[0] ?? "" : string.Join(", ", values.ToArray());
        }

        return copy;
    }
}
