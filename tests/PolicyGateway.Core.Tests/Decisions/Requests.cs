using System.Text;
using System.Text.Json;
using PolicyGateway.Callers;
using PolicyGateway.Decisions;

namespace PolicyGateway.Core.Tests.Decisions;

internal static class Requests
{
    public const string ChatPath = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";

    public static DecisionRequest Chat(Caller caller, string userText) =>
        new(caller, "POST", ChatPath, "application/json",
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { messages = new[] { new { role = "user", content = userText } } })));

    /// <summary>A <c>/files</c> upload with purpose batch whose JSONL lines are chat requests with the given user texts.</summary>
    public static DecisionRequest Batch(Caller caller, params string[] userTexts)
    {
        var jsonl = string.Join("\n", userTexts.Select((text, i) => JsonSerializer.Serialize(new
        {
            custom_id = $"task-{i}",
            method = "POST",
            url = "/chat/completions",
            body = new { model = "gpt-4o", messages = new[] { new { role = "user", content = text } } },
        })));
        const string boundary = "pgw-test-boundary";
        var body = $"--{boundary}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"batch.jsonl\"\r\nContent-Type: application/octet-stream\r\n\r\n{jsonl}\r\n"
            + $"--{boundary}--\r\n";
        return new DecisionRequest(caller, "POST", "/openai/files?api-version=2024-10-21", $"multipart/form-data; boundary={boundary}", Encoding.UTF8.GetBytes(body));
    }

    public static byte[] Event(object realtimeEvent) => JsonSerializer.SerializeToUtf8Bytes(realtimeEvent);
}
