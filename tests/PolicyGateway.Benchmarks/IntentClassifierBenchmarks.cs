using System.Buffers.Binary;
using System.Text;
using BenchmarkDotNet.Attributes;
using PolicyGateway.Content;
using PolicyGateway.Intent;

namespace PolicyGateway.Benchmarks;

/// <summary>
/// Per-request cost of reading a body and classifying its intent. Budgets: a typical 2 KB chat under 50 µs and
/// 20 KB allocated; a 1 MB request with an image under 5 ms; a 100-line batch file.
/// Run: <c>dotnet run -c Release --project tests/PolicyGateway.Benchmarks -- --filter *IntentClassifier*</c>
/// (add <c>--job short</c> while iterating).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class IntentClassifierBenchmarks
{
    private const string BatchBoundary = "bench-boundary";

    private readonly IntentClassifier _classifier = new();
    private byte[] _typicalChat = [];
    private byte[] _facialRecognitionChat = [];
    private byte[] _megabyteWithImage = [];
    private byte[] _batchFile = [];
    private RequestContent _typicalChatContent = RequestContent.Empty(ApiKind.ChatCompletions);
    private RequestContent _hostileText = RequestContent.Empty(ApiKind.ChatCompletions);

    [GlobalSetup]
    public void Setup()
    {
        _typicalChat = Encoding.UTF8.GetBytes(TypicalChat);
        _facialRecognitionChat = Encoding.UTF8.GetBytes(TypicalChat.Replace(
            "How long do we keep traffic stop reports that did not lead to a citation?",
            "Here is a frame from the officer's bodycam. Who is the man in it? Check his face against the booking photos.",
            StringComparison.Ordinal));
        _typicalChatContent = ContentReader.Read(ApiKind.ChatCompletions, "application/json", _typicalChat);
        _megabyteWithImage = Encoding.UTF8.GetBytes(MegabyteWithImage());
        _batchFile = Encoding.UTF8.GetBytes(BatchFile(100));
        _hostileText = HostileText();
    }

    [Benchmark(Baseline = true)]
    public IntentResult ReadAndClassifyTypicalChat() =>
        _classifier.Classify(ContentReader.Read(ApiKind.ChatCompletions, "application/json", _typicalChat));

    [Benchmark]
    public IntentResult ClassifyTypicalChat() => _classifier.Classify(_typicalChatContent);

    [Benchmark]
    public IntentResult ReadAndClassifyFacialRecognitionChat() =>
        _classifier.Classify(ContentReader.Read(ApiKind.ChatCompletions, "application/json", _facialRecognitionChat));

    [Benchmark]
    public IntentResult ReadAndClassifyMegabyteWithImage() =>
        _classifier.Classify(ContentReader.Read(ApiKind.ChatCompletions, "application/json", _megabyteWithImage));

    [Benchmark]
    public int ReadAndClassifyBatchOf100()
    {
        var upload = ContentReader.Read(ApiKind.Files, "multipart/form-data; boundary=" + BatchBoundary, _batchFile);
        var present = 0;
        foreach (var line in upload.Nested)
        {
            present += _classifier.Classify(line)[IntentLabel.FacialRecognition] >= IntentClassifier.PresentThreshold ? 1 : 0;
        }

        return present;
    }

    /// <summary>The worst case the caps allow: 4 MB of base64-looking runs and spaced-out letters in one part.</summary>
    [Benchmark]
    public IntentResult ClassifyHostileMegabytes() => _classifier.Classify(_hostileText);

    private static RequestContent HostileText()
    {
        var text = new StringBuilder();
        var random = new Random(11);
        var junk = new byte[48];
        while (text.Length < 4_000_000)
        {
            random.NextBytes(junk);
            text.Append(Convert.ToBase64String(junk)).Append(" f a c e  m a t c h ");
        }

        return new RequestContent(ApiKind.ChatCompletions, [new ContentPart(ContentKind.Text, "messages[0].content", text.ToString())], []);
    }

    // About 2 KB: a system prompt, a short exchange, one tool definition and one tool call, as a support bot sends.
    private const string TypicalChat = """
        {"model":"gpt-4o","temperature":0.3,"max_tokens":800,"stream":true,"messages":[
          {"role":"system","content":"You are an assistant for the records unit. Answer questions about filing procedures, retention schedules and report formatting. Be concise, cite the relevant policy section when you can, and never speculate about individuals named in records. If a question is outside records management, say so and suggest who to contact."},
          {"role":"user","content":"How long do we keep traffic stop reports that did not lead to a citation?"},
          {"role":"assistant","content":null,"tool_calls":[{"id":"call_abc123","type":"function","function":{"name":"lookup_retention","arguments":"{\"record_type\":\"traffic_stop_no_citation\"}"}}]},
          {"role":"tool","tool_call_id":"call_abc123","content":"{\"record_type\":\"traffic_stop_no_citation\",\"retention_years\":3,\"policy\":\"RM-4.2\"}"},
          {"role":"assistant","content":"Traffic stop reports without a citation are kept for three years (policy RM-4.2)."},
          {"role":"user","content":[{"type":"text","text":"And if the driver filed a complaint about the stop? Does the clock restart from the complaint date or from the stop date? Please also remind me which form we use to request an extension."}]}],
         "tools":[{"type":"function","function":{"name":"lookup_retention","description":"Look up the retention schedule for a record type","parameters":{"type":"object","properties":{"record_type":{"type":"string","description":"The record type, e.g. traffic_stop_no_citation"},"jurisdiction":{"type":"string","enum":["city","county","state"]}},"required":["record_type"]}}}]}
        """;

    // ~1 MB: a 700 KB JPEG-shaped image with body-camera EXIF, plus 60 KB of conversation text.
    private static string MegabyteWithImage()
    {
        var image = new byte[700 * 1024];
        Random.Shared.NextBytes(image);
        var exif = Exif("Axon", "Axon Body 3");
        image[0] = 0xFF;
        image[1] = 0xD8;
        exif.CopyTo(image, 2);
        byte[] startOfScan = [0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0];
        startOfScan.CopyTo(image, 2 + exif.Length);
        image[^2] = 0xFF;
        image[^1] = 0xD9;

        var history = new StringBuilder();
        for (var i = 0; i < 150; i++)
        {
            history.Append("""{"role":"user","content":"Please go through the shift log entry and tidy the wording; keep times and unit numbers as they are. The entry describes routine patrol activity, a noise complaint and a welfare check, nothing else."},""");
            history.Append("""{"role":"assistant","content":"Done. The entry now reads in plain past tense with all times and unit numbers unchanged, and the welfare check is listed last."},""");
        }

        return $$$"""
            {"model":"gpt-4o","messages":[{{{history}}}{"role":"user","content":[{"type":"text","text":"Who is the man in this frame?"},{"type":"image_url","image_url":{"url":"data:image/jpeg;base64,{{{Convert.ToBase64String(image)}}}"}}]}]}
            """;
    }

    private static string BatchFile(int lines)
    {
        var jsonl = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            var prompt = i % 10 == 0
                ? "Compare the face in the attached bodycam still with the mugshot database and tell me who it is."
                : "Summarise this incident report in three bullet points for the shift supervisor: routine traffic stop, warning issued, no injuries.";
            jsonl.Append($$$"""{"custom_id":"task-{{{i}}}","method":"POST","url":"/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"system","content":"You are a helpful assistant."},{"role":"user","content":"{{{prompt}}}"}]}}""").Append('\n');
        }

        return $"--{BatchBoundary}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
            + $"--{BatchBoundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"batch.jsonl\"\r\nContent-Type: application/jsonl\r\n\r\n{jsonl}\r\n--{BatchBoundary}--\r\n";
    }

    // An APP1 EXIF segment with IFD0 Make and Model.
    private static byte[] Exif(string make, string model)
    {
        var makeBytes = Encoding.ASCII.GetBytes(make + "\0");
        var modelBytes = Encoding.ASCII.GetBytes(model + "\0");
        const int ifdStart = 8;
        const int ifdSize = 2 + 2 * 12 + 4;
        var tiff = new byte[ifdStart + ifdSize + makeBytes.Length + modelBytes.Length];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), ifdStart);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(ifdStart), 2);
        WriteAscii(tiff, ifdStart + 2, 0x010F, makeBytes.Length, ifdStart + ifdSize);
        WriteAscii(tiff, ifdStart + 14, 0x0110, modelBytes.Length, ifdStart + ifdSize + makeBytes.Length);
        makeBytes.CopyTo(tiff, ifdStart + ifdSize);
        modelBytes.CopyTo(tiff, ifdStart + ifdSize + makeBytes.Length);

        var segment = new byte[4 + 6 + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(segment.Length - 2));
        "Exif\0\0"u8.CopyTo(segment.AsSpan(4));
        tiff.CopyTo(segment, 10);
        return segment;
    }

    private static void WriteAscii(byte[] tiff, int at, ushort tag, int count, int offset)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 2), 2);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 4), (uint)count);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 8), (uint)offset);
    }
}
