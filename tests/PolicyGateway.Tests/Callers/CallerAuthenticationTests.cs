using System.ClientModel;
using System.Net;
using System.Text.Json;
using OpenAI.Chat;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Callers;

public sealed class CallerAuthenticationTests : GatewayTest
{
    [Fact]
    public async Task Unknown_key_surfaces_in_the_Azure_SDK_as_401_and_nothing_reaches_upstream()
    {
        var chat = SdkClients.Azure(Host.BaseAddress, "pgw-not-a-registered-key").GetChatClient(SdkClients.ChatDeployment);

        var error = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage("hello")]));

        Assert.Equal(401, error.Status);
        Assert.Contains("invalid_api_key", error.Message);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Upstream_key_itself_is_not_a_gateway_key()
    {
        var chat = SdkClients.OpenAIV1(Host.BaseAddress, GatewayHost.UpstreamKey).GetChatClient(SdkClients.ChatDeployment);

        var error = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage("hello")]));

        Assert.Equal(401, error.Status);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Missing_key_gets_an_openai_shaped_401()
    {
        using var client = Host.CreateHttpClient();

        using var request = JsonRequests.Post("/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", """{"messages":[{"role":"user","content":"hi"}]}""", key: null);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("false", response.Headers.GetValues("x-should-retry").Single());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");
        Assert.Equal("missing_api_key", error.GetProperty("code").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("param").ValueKind);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Theory]
    [InlineData("api-key-header")]
    [InlineData("bearer")]
    [InlineData("query")]
    public async Task Every_sdk_key_form_is_accepted_and_removed_before_forwarding(string form)
    {
        using var client = Host.CreateHttpClient();
        var path = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";
        using var request = JsonRequests.Post(form == "query" ? path + "&api-key=" + DemoKeys.UsRetail : path, """{"messages":[{"role":"user","content":"hi"}]}""", key: null);
        if (form == "api-key-header") request.Headers.Add("api-key", DemoKeys.UsRetail);
        if (form == "bearer") request.Headers.Authorization = new("Bearer", DemoKeys.UsRetail);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(Host.Emulator.Recorder.Snapshot());
        Assert.Equal("/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", received.PathAndQuery);
        Assert.Equal(GatewayHost.UpstreamKey, received.Headers["api-key"]);
        Assert.False(received.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Headers_claiming_an_identity_or_a_decision_are_stripped()
    {
        using var client = Host.CreateHttpClient();
        using var request = JsonRequests.Post("/openai/v1/chat/completions", """{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}""", DemoKeys.UsRetail);
        request.Headers.Add("x-policy-decision-id", "dec_forged");
        request.Headers.Add("X-PolicyGateway-Caller", "demo-us-newsroom");
        request.Headers.Add("x-custom-trace", "kept");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(Host.Emulator.Recorder.Snapshot());
        Assert.DoesNotContain(received.Headers.Keys, k => k.StartsWith("x-policy", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("kept", received.Headers["x-custom-trace"]);
    }
}
