using System.Text;
using BenchmarkDotNet.Attributes;
using PolicyGateway.Content;

namespace PolicyGateway.Benchmarks;

/// <summary>
/// The per-request cost of classifying the route and reading the body (budget: under 50 µs and 20 KB allocated for a
/// typical chat request). Run: <c>dotnet run -c Release --project tests/PolicyGateway.Benchmarks -- --filter *ContentReader*</c>.
/// </summary>
[MemoryDiagnoser]
public class ContentReaderBenchmarks
{
    private byte[] _chat = [];
    private byte[] _responses = [];
    private byte[] _chatWithImage = [];

    [GlobalSetup]
    public void Setup()
    {
        _chat = Encoding.UTF8.GetBytes(TypicalChat());
        _responses = Encoding.UTF8.GetBytes("""
            {"model":"gpt-4.1","instructions":"You are a helpful assistant for a city records office.","input":[
              {"role":"user","content":[{"type":"input_text","text":"Summarise the attached incident notes in three bullet points for the shift supervisor."}]},
              {"type":"function_call","call_id":"call_1","name":"get_incident","arguments":"{\"id\":\"2026-11-0042\"}"},
              {"type":"function_call_output","call_id":"call_1","output":"Noise complaint, resolved on scene, no arrests."}],
             "tools":[{"type":"function","name":"get_incident","description":"Fetch an incident record by id","parameters":{"type":"object","properties":{"id":{"type":"string","description":"Incident id"}},"required":["id"]}}]}
            """);

        // A 200 KB JPEG-shaped payload (JFIF header, then the start of scan and entropy-coded bytes):
        // measures base64 decoding plus metadata reading, which stops at the start of scan.
        byte[] image = new byte[200 * 1024];
        byte[] header = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0];
        header.CopyTo(image, 0);
        Random.Shared.NextBytes(image.AsSpan(header.Length, image.Length - header.Length - 2));
        image[^2] = 0xFF;
        image[^1] = 0xD9;
        _chatWithImage = Encoding.UTF8.GetBytes($$$"""
            {"messages":[{"role":"user","content":[{"type":"text","text":"Describe this scene."},{"type":"image_url","image_url":{"url":"data:image/jpeg;base64,{{{Convert.ToBase64String(image)}}}"}}]}]}
            """);
    }

    [Benchmark(Baseline = true)]
    public RequestContent ClassifyAndReadChat() =>
        ContentReader.Read(ApiRoutes.Classify("POST", "/openai/deployments/gpt-4o/chat/completions").Kind, "application/json", _chat);

    [Benchmark]
    public ApiRoute ClassifyOnly() => ApiRoutes.Classify("POST", "/openai/deployments/gpt-4o/chat/completions");

    [Benchmark]
    public RequestContent ReadResponses() => ContentReader.Read(ApiKind.Responses, "application/json", _responses);

    [Benchmark]
    public RequestContent ReadChatWith200KbImage() => ContentReader.Read(ApiKind.ChatCompletions, "application/json", _chatWithImage);

    // About 2 KB: a system prompt, a short exchange, one tool definition and one tool call, as a support bot sends.
    private static string TypicalChat() => """
        {"model":"gpt-4o","temperature":0.3,"max_tokens":800,"stream":true,"messages":[
          {"role":"system","content":"You are an assistant for the records unit. Answer questions about filing procedures, retention schedules and report formatting. Be concise, cite the relevant policy section when you can, and never speculate about individuals named in records. If a question is outside records management, say so and suggest who to contact."},
          {"role":"user","content":"How long do we keep traffic stop reports that did not lead to a citation?"},
          {"role":"assistant","content":null,"tool_calls":[{"id":"call_abc123","type":"function","function":{"name":"lookup_retention","arguments":"{\"record_type\":\"traffic_stop_no_citation\"}"}}]},
          {"role":"tool","tool_call_id":"call_abc123","content":"{\"record_type\":\"traffic_stop_no_citation\",\"retention_years\":3,\"policy\":\"RM-4.2\"}"},
          {"role":"assistant","content":"Traffic stop reports without a citation are kept for three years (policy RM-4.2)."},
          {"role":"user","content":[{"type":"text","text":"And if the driver filed a complaint about the stop? Does the clock restart from the complaint date or from the stop date? Please also remind me which form we use to request an extension."}]}],
         "tools":[{"type":"function","function":{"name":"lookup_retention","description":"Look up the retention schedule for a record type","parameters":{"type":"object","properties":{"record_type":{"type":"string","description":"The record type, e.g. traffic_stop_no_citation"},"jurisdiction":{"type":"string","enum":["city","county","state"]}},"required":["record_type"]}}}]}
        """;
}
