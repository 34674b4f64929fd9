using System.Text;
using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

/// <summary>Helpers to read test bodies and find parts by location.</summary>
internal static class Bodies
{
    public const string Json = "application/json";

    public static RequestContent ReadJson(ApiKind api, string json, ContentLimits? limits = null) =>
        ContentReader.Read(api, Json, Encoding.UTF8.GetBytes(json), limits);

    public static ContentPart At(this RequestContent content, string location) =>
        content.Parts.SingleOrDefault(p => p.Location == location)
        ?? throw new Xunit.Sdk.XunitException($"No part at '{location}'. Parts: {string.Join(", ", content.Parts.Select(p => $"{p.Kind}@{p.Location}"))}");

    public static string DataUrl(string mediaType, byte[] bytes) => $"data:{mediaType};base64,{Convert.ToBase64String(bytes)}";

    /// <summary>The 67-byte 1x1 PNG that SDK samples send as a placeholder image.</summary>
    public static byte[] TinyPng { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
