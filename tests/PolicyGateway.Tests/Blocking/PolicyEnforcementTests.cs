using System.ClientModel;
using System.Net;
using System.Text.Json;
using OpenAI.Chat;
using OpenAI.Responses;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Blocking;

/// <summary>The shipped policy pack, enforced by the real gateway, seen through the real SDKs.</summary>
public sealed class PolicyEnforcementTests : GatewayTest
{
    private const string MugshotMatch =
        "This still is from an officer's body-worn camera during last night's arrest. Identify the man in the photo by " +
        "matching his face against our mugshot database and tell me his name.";

    private const string LiveBodycamMatch =
        "Our patrol officers stream their body-worn cameras live. As each frame arrives, recognise the faces of people on the " +
        "street and alert the officer in real time when someone matches our watchlist of wanted suspects.";

    [Fact]
    public async Task US_police_facial_recognition_is_a_clean_403_in_the_Azure_SDK_and_never_reaches_upstream()
    {
        var chat = SdkClients.Azure(Host.BaseAddress, DemoKeys.UsPolice).GetChatClient(SdkClients.ChatDeployment);

        var error = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage(MugshotMatch)]));

        Assert.Equal(403, error.Status);
        Assert.StartsWith("HTTP 403 (policy_violation: us-police-facial-recognition)", error.Message);
        var response = error.GetRawResponse()!;
        Assert.True(response.Headers.TryGetValue("x-policy-decision-id", out var decisionId));
        Assert.StartsWith("dec_", decisionId);
        Assert.Contains(decisionId!, error.Message);
        Assert.Contains("Code of Conduct", error.Message);
        Assert.True(response.Headers.TryGetValue("x-should-retry", out var retry) && retry == "false");
        Assert.False(response.Headers.TryGetValue("Retry-After", out _));
        Assert.True(response.Headers.TryGetValue("x-request-id", out _));
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Realtime_bodycam_identification_by_non_US_police_is_a_403_in_the_OpenAI_v1_SDK()
    {
        var responses = SdkClients.OpenAIV1(Host.BaseAddress, DemoKeys.UkPolice).GetResponsesClient();

        var error = await Assert.ThrowsAsync<ClientResultException>(() => responses.CreateResponseAsync(SdkClients.ChatDeployment, LiveBodycamMatch));

        Assert.Equal(403, error.Status);
        Assert.Contains("law-enforcement-realtime-mobile-facial-recognition", error.Message);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Police_summarising_body_camera_audio_is_allowed_and_carries_a_decision_id()
    {
        var chat = SdkClients.Azure(Host.BaseAddress, DemoKeys.UsPolice).GetChatClient(SdkClients.ChatDeployment);

        var result = await chat.CompleteChatAsync([
            new SystemChatMessage("You draft incident reports for the Springfield Police Department."),
            new UserChatMessage("Summarise this transcript of the body-camera audio from the traffic stop into a report draft: " +
                                "Officer: good evening, licence and registration please. Driver: here you go, officer."),
        ]);

        Assert.NotEmpty(result.Value.Content);
        Assert.True(result.GetRawResponse().Headers.TryGetValue("x-policy-decision-id", out var decisionId));
        Assert.StartsWith("dec_", decisionId);
        Assert.Single(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Outside_the_US_non_realtime_identification_by_police_is_allowed()
    {
        var chat = SdkClients.Azure(Host.BaseAddress, DemoKeys.UkPolice).GetChatClient(SdkClients.ChatDeployment);

        var result = await chat.CompleteChatAsync([new UserChatMessage(MugshotMatch)]);

        Assert.NotEmpty(result.Value.Content);
        Assert.Single(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Shadow_rule_forwards_facial_identification_by_a_newsroom()
    {
        var chat = SdkClients.Azure(Host.BaseAddress, DemoKeys.UsNewsroom).GetChatClient(SdkClients.ChatDeployment);

        var result = await chat.CompleteChatAsync([new UserChatMessage(
            "Is the man in the first photo the same person as the man in the second photo? Compare their faces.")]);

        Assert.NotEmpty(result.Value.Content);
        Assert.Single(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Every_response_carries_a_decision_id_even_without_a_body()
    {
        using var client = Host.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openai/v1/models");
        request.Headers.Add("api-key", DemoKeys.UsRetail);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("dec_", response.Headers.GetValues("x-policy-decision-id").Single());
    }

    [Fact]
    public async Task An_unreadable_body_is_refused_with_400_and_not_forwarded()
    {
        using var client = Host.CreateHttpClient();
        using var request = JsonRequests.Post("/openai/v1/chat/completions", """{"model":"gpt-4o","messages":[{"role":"user","content":"hi""", DemoKeys.UsRetail);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_request_error", body.RootElement.GetProperty("error").GetProperty("type").GetString());
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task A_batch_file_with_one_denied_line_is_refused()
    {
        var allowed = """{"custom_id":"1","method":"POST","url":"/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"user","content":"Translate 'good morning' into French."}]}}""";
        var denied = JsonSerializer.Serialize(new
        {
            custom_id = "2", method = "POST", url = "/chat/completions",
            body = new { model = "gpt-4o", messages = new[] { new { role = "user", content = MugshotMatch } } },
        });
        using var form = new MultipartFormDataContent
        {
            { new StringContent("batch"), "purpose" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(allowed + "\n" + denied + "\n")), "file", "requests.jsonl" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/openai/files?api-version=2024-10-21") { Content = form };
        request.Headers.Add("api-key", DemoKeys.UsPolice);
        using var client = Host.CreateHttpClient();

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("us-police-facial-recognition", await response.Content.ReadAsStringAsync());
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_and_not_forwarded()
    {
        await using var host = await GatewayHost.StartAsync(1, null, "--Gateway:Inspection:MaxBodyBytes=2048");
        using var client = host.CreateHttpClient();
        var json = JsonSerializer.Serialize(new { model = "gpt-4o", messages = new[] { new { role = "user", content = new string('a', 4096) } } });
        using var request = JsonRequests.Post("/openai/v1/chat/completions", json, DemoKeys.UsRetail);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Emulator.Recorder.Snapshot());
    }
}
