using System.Text.Json.Nodes;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Realtime;

/// <summary>The session object a new realtime connection starts with, in the preview or the GA schema.</summary>
internal static class RealtimeSessionDefaults
{
    public static JsonObject Create(string sessionId, string model, bool ga)
    {
        var expiresAt = EmulatorIds.UnixNow() + 1800;
        if (ga)
        {
            return new JsonObject
            {
                ["type"] = "realtime",
                ["object"] = "realtime.session",
                ["id"] = sessionId,
                ["model"] = model,
                ["output_modalities"] = new JsonArray("audio"),
                ["instructions"] = "",
                ["tools"] = new JsonArray(),
                ["tool_choice"] = "auto",
                ["max_output_tokens"] = "inf",
                ["tracing"] = null,
                ["prompt"] = null,
                ["expires_at"] = expiresAt,
                ["audio"] = new JsonObject
                {
                    ["input"] = new JsonObject
                    {
                        ["format"] = new JsonObject { ["type"] = "audio/pcm", ["rate"] = 24000 },
                        ["transcription"] = null,
                        ["noise_reduction"] = null,
                        ["turn_detection"] = ServerVad(),
                    },
                    ["output"] = new JsonObject
                    {
                        ["format"] = new JsonObject { ["type"] = "audio/pcm", ["rate"] = 24000 },
                        ["voice"] = "alloy",
                        ["speed"] = 1.0,
                    },
                },
                ["include"] = null,
            };
        }

        return new JsonObject
        {
            ["id"] = sessionId,
            ["object"] = "realtime.session",
            ["model"] = model,
            ["expires_at"] = expiresAt,
            ["modalities"] = new JsonArray("text", "audio"),
            ["instructions"] = "",
            ["voice"] = "alloy",
            ["input_audio_format"] = "pcm16",
            ["output_audio_format"] = "pcm16",
            ["input_audio_transcription"] = null,
            ["turn_detection"] = ServerVad(),
            ["tools"] = new JsonArray(),
            ["tool_choice"] = "auto",
            ["temperature"] = 0.8,
            ["max_response_output_tokens"] = "inf",
        };
    }

    private static JsonObject ServerVad() => new()
    {
        ["type"] = "server_vad",
        ["threshold"] = 0.5,
        ["prefix_padding_ms"] = 300,
        ["silence_duration_ms"] = 200,
        ["create_response"] = true,
    };
}
